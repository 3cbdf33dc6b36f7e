"""The nginx configuration in deploy/ run for real (Debian's nginx on a loopback port) in front
of the app: static files with a year's cache, images from disk, nothing else under /media/,
documents only through the app's privacy checks and then sent by nginx, byte ranges included."""

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from django.conf import settings as django_settings
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.practices.factories import reference_data

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main_config(tmp, site):
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read the test's files
    temp = "\n".join(
        f"    {name}_temp_path {tmp}/{name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""{user}worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
{temp}
    include {site};
}}
"""


@pytest.fixture
def nginx(transactional_db, live_server, settings, tmp_path):
    reference_data()
    if not Collection.objects.exists():  # transactional tests empty the table the migrations filled
        Collection.add_root(name="Root")
    media, static = tmp_path / "media", tmp_path / "static"
    (media / "images").mkdir(parents=True)
    (media / "images" / "kuva.png").write_bytes(b"\x89PNG\r\n\x1a\n kuva")
    (static / "css").mkdir(parents=True)
    (static / "css" / "site.css").write_text("body { color: black; }")
    settings.MEDIA_ROOT = str(media)
    settings.DOCUMENTS_ACCEL_REDIRECT = "/protected-documents/"
    settings.SENDFILE_BACKEND = "practices.document_sending"
    port = free_port()
    site = (ROOT / "deploy" / "nginx-site.conf").read_text()
    for name, value in {
        "app": live_server.url.removeprefix("http://"),
        "listen": f"127.0.0.1:{port}",
        "static_root": str(static),
        "media_root": str(media),
    }.items():
        site = site.replace("{{ " + name + " }}", value)
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(main_config(tmp_path, tmp_path / "site.conf"))
    server = subprocess.Popen(  # noqa: S603
        [NGINX, "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
    for _ in range(100):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    else:
        server.kill()
        pytest.fail(f"nginx did not start: {server.stderr.read().decode()}")
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait()


def fetch(url, **headers):
    request = urllib.request.Request(url, headers={"Host": "localhost", **headers})  # noqa: S310 (loopback)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def document(title, name, content, collection=None):
    found = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    found.file.save(name, ContentFile(content), save=False)
    found.save()
    return found


def test_static_files_and_images_come_from_disk_and_nothing_else_under_media(nginx):
    status, headers, body = fetch(nginx + "/static/css/site.css")
    assert status == 200 and b"color" in body and "immutable" in headers["Cache-Control"]
    assert fetch(nginx + "/media/images/kuva.png")[0] == 200
    report = document("Raportti", "raportti.pdf", b"%PDF-1.4 julkinen")
    assert fetch(nginx + f"/media/documents/{Path(report.file.name).name}")[0] == 404
    assert fetch(nginx + "/protected-documents/" + Path(report.file.name).name)[0] == 404  # internal only


def test_documents_pass_the_privacy_checks_then_nginx_sends_them_with_ranges(nginx, settings):
    report = document("Raportti", "raportti.pdf", b"%PDF-1.4 julkinen raportti")
    status, headers, body = fetch(nginx + report.url)
    assert status == 200 and body == b"%PDF-1.4 julkinen raportti"
    assert "X-Accel-Redirect" not in headers  # nginx consumed it
    status, headers, body = fetch(nginx + report.url, Range="bytes=9-16")
    assert status == 206 and body == b"julkinen" and headers["Content-Range"].startswith("bytes 9-16/")

    private = Collection.get_first_root_node().add_child(name="Yksityiset")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    secret = document("Salainen", "salainen.pdf", b"%PDF-1.4 salainen", collection=private)
    status, _headers, body = fetch(nginx + secret.url)
    assert b"%PDF" not in body and b"Kirjaudu" in body  # the sign-in page, never the file
    assert django_settings.DOCUMENTS_ACCEL_REDIRECT == "/protected-documents/"
