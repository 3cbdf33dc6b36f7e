"""Build the demo webinar recording: a short real video with speech, captions and chapters.

Usage: python scripts/build_demo_recording.py   (needs Debian's ``espeak-ng``, ``ffmpeg`` and
``fonts-dejavu-core``: ``apt-get install -y espeak-ng ffmpeg fonts-dejavu-core``). Only needed to
rebuild: the files it writes to ``practices/demo/media/`` are committed, and ``seed_demo`` uses them.

Each sentence of the narration below is spoken by espeak-ng's Finnish voice on its own, so its
length is known exactly: the sentences become the WebVTT captions, the slides' starts become the
chapters, and the narration is the transcript. ffmpeg draws the slides (text on a plain
background) and muxes them with the speech as a small VP9/Opus WebM. Everything here is CC0.
"""

import json
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "practices" / "demo" / "media"
NAME = "kulttuurikumppanuuspoyta-lyhyesti"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
WIDTH, HEIGHT, FPS = 960, 540, 10
SENTENCE_GAP = 0.35  # seconds of silence after a sentence
SLIDE_GAP = 0.6  # at least, after a slide's last sentence: the next slide starts on a whole second
KEYFRAME_EVERY = 10  # seconds, besides a keyframe at each slide, so seeking stays quick
BACKGROUND, FOREGROUND, ACCENT = "0x003479", "white", "0x9fc9eb"
FOOTER = "Kulttuuria yhteistuumin · demotallenne · CC0"

# (chapter title, lines shown on the slide, sentences spoken)
SLIDES = [
    (
        "Kulttuurikumppanuuspöytä lyhyesti",
        ["Kulttuuria yhteistuumin -webinaari", "Demotallenne puhesynteesillä"],
        [
            "Tervetuloa.",
            "Tässä lyhyessä tallenteessa kerrotaan, mikä on kulttuurikumppanuuspöytä.",
        ],
    ),
    (
        "Mikä kumppanuuspöytä on?",
        [
            "• Kunnan ja yhdistysten yhteinen tapaaminen",
            "• Kokoontuu kahdesti vuodessa",
            "• Puheenjohtajuus kiertää yhdistyksillä",
        ],
        [
            "Kumppanuuspöytä on kunnan ja paikallisten yhdistysten säännöllinen tapaaminen.",
            "Se kokoontuu kahdesti vuodessa.",
            "Puheenjohtajana toimii aina joku yhdistyksistä.",
        ],
    ),
    (
        "Näin pääsette alkuun",
        [
            "• Kunta kutsuu koolle ja kirjoittaa muistion",
            "• Yhdistykset kertovat tarpeistaan",
            "• Tapaaminen illalla, jotta työssäkäyvät",
            "   pääsevät mukaan",
        ],
        [
            "Kunta kutsuu koolle ja kirjoittaa muistion.",
            "Yhdistykset kertovat, mitä ne tarvitsevat ja mitä ne voivat antaa muille.",
            "Tapaaminen kannattaa pitää illalla, jotta työssäkäyvät pääsevät mukaan.",
        ],
    ),
    (
        "Lue lisää tietopankista",
        ["Kempeleen kulttuurikumppanuuspöytä", "Kiitos!"],
        [
            "Kempeleen kulttuurikumppanuuspöydän kuvaus löytyy tietopankista.",
            "Kiitos kuuntelusta.",
        ],
    ),
]


def run(*args):
    subprocess.run(args, check=True, capture_output=True)  # noqa: S603


def speak(text, path):
    run("espeak-ng", "-v", "fi", "-s", "150", "-w", str(path), text)


def read_wav(path):
    with wave.open(str(path), "rb") as handle:
        return handle.getparams(), handle.readframes(handle.getnframes())


def timestamp(seconds, vtt=False):
    """0:00 for chapters (minutes:seconds), 00:00:00.000 for WebVTT cues."""
    if vtt:
        millis = round(seconds * 1000)
        hours, rest = divmod(millis, 3_600_000)
        minutes, rest = divmod(rest, 60_000)
        return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def narrate(work):
    """Speak every sentence; return the speech as one WAV, the cues and the slides' spans."""
    params, frames, cues, spans = None, bytearray(), [], []
    for number, (_, _, sentences) in enumerate(SLIDES):
        slide_start = len(frames)
        for index, sentence in enumerate(sentences):
            path = work / f"s{number}-{index}.wav"
            speak(sentence, path)
            params, audio = read_wav(path)
            rate, width = params.framerate, params.sampwidth * params.nchannels
            start = len(frames) / width / rate
            frames += audio
            cues.append((start, len(frames) / width / rate, sentence))
            if index < len(sentences) - 1:
                frames += bytes(int(SENTENCE_GAP * rate) * width)
            else:  # chapters are whole seconds: the next slide starts on one
                end = math.ceil(len(frames) / width / rate + SLIDE_GAP)
                frames += bytes((end * rate - len(frames) // width) * width)
        spans.append((slide_start / width / rate, len(frames) / width / rate))
    speech = work / "speech.wav"
    with wave.open(str(speech), "wb") as handle:
        handle.setparams(params)
        handle.writeframes(bytes(frames))
    return speech, cues, spans


def slide_filters(work, spans):
    """drawtext filters, each line from a file (no escaping) and shown only during its slide."""
    filters = []
    for number, ((title, lines, _), (start, end)) in enumerate(zip(SLIDES, spans, strict=True)):
        enable = f"enable='between(t,{start:.3f},{end:.3f})'"
        # the footer is at the top: the player's controls and the captions cover the bottom
        texts = [(f"{FOOTER} · {number + 1}/{len(SLIDES)}", "DejaVuSans.ttf", 20, ACCENT, 30)]
        texts.append((title, "DejaVuSans-Bold.ttf", 38, ACCENT, 110))
        texts += [(line, "DejaVuSans.ttf", 30, FOREGROUND, 200 + 52 * i) for i, line in enumerate(lines)]
        for index, (text, font, size, colour, y) in enumerate(texts):
            textfile = work / f"t{number}-{index}.txt"
            textfile.write_text(text, encoding="utf-8")
            filters.append(
                f"drawtext=fontfile={FONTS / font}:textfile={textfile}:fontsize={size}:"
                f"fontcolor={colour}:x=60:y={y}:{enable}"
            )
    return ",".join(filters)


def encode(work, speech, spans):
    duration = spans[-1][1]
    script = work / "filter.txt"
    script.write_text(f"[0:v]{slide_filters(work, spans)}[v]", encoding="utf-8")
    target = OUT / f"{NAME}.webm"
    run(
        "ffmpeg", "-y", "-loglevel", "error",
        "-f", "lavfi", "-i", f"color=c={BACKGROUND}:s={WIDTH}x{HEIGHT}:r={FPS}:d={duration:.3f}",
        "-i", str(speech),
        "-filter_complex_script", str(script), "-map", "[v]", "-map", "1:a",
        "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "45", "-g", str(KEYFRAME_EVERY * FPS), "-row-mt", "1",
        "-force_key_frames", ",".join(f"{start:.3f}" for start, _ in spans),
        "-c:a", "libopus", "-b:a", "24k", "-ac", "1",
        "-shortest", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
        str(target),
    )  # fmt: skip
    return target


def write_texts(cues, spans):
    vtt = ["WEBVTT", ""]
    for number, (start, end, text) in enumerate(cues, start=1):
        vtt += [str(number), f"{timestamp(start, vtt=True)} --> {timestamp(end, vtt=True)}", text, ""]
    (OUT / f"{NAME}.fi.vtt").write_text("\n".join(vtt), encoding="utf-8")
    chapters = [
        {"start": timestamp(start), "title": title} for (title, _, _), (start, _) in zip(SLIDES, spans, strict=True)
    ]
    (OUT / f"{NAME}.chapters.json").write_text(json.dumps(chapters, ensure_ascii=False, indent=2) + "\n")
    transcript = "\n\n".join(" ".join(sentences) for _, _, sentences in SLIDES)
    (OUT / f"{NAME}.transcript.txt").write_text(transcript + "\n", encoding="utf-8")


def main():
    missing = [tool for tool in ("espeak-ng", "ffmpeg") if not shutil.which(tool)]
    if missing or not (FONTS / "DejaVuSans.ttf").exists():
        sys.exit("Tarvitaan: apt-get install -y espeak-ng ffmpeg fonts-dejavu-core")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kb-recording-") as tmp:
        work = Path(tmp)
        speech, cues, spans = narrate(work)
        target = encode(work, speech, spans)
    write_texts(cues, spans)
    print(f"{target.relative_to(ROOT)}: {spans[-1][1]:.1f} s, {target.stat().st_size // 1024} kt")


if __name__ == "__main__":
    main()
