#!/usr/bin/env python3
"""Writes the department outlines the map draws: the shipped simplified outlines, coordinates rounded to
0.001 degree (about 100 m, finer than a pixel at the zoom levels that show whole departments), repeated
points dropped, only the code and name kept. Run again when ReferenceData/geo changes."""
import json, sys

source, target = sys.argv[1], sys.argv[2]
data = json.load(open(source, encoding="utf-8"))

def ring(points):
    out = []
    for x, y in points:
        p = [round(x, 3), round(y, 3)]
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 4 else None

features = []
for f in data["features"]:
    g = f["geometry"]
    polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    polys = [[r for r in (ring(r) for r in poly) if r] for poly in polys]
    polys = [p for p in polys if p]
    props = f["properties"]
    features.append({"type": "Feature",
                     "properties": {"code": props.get("code"), "nom": props.get("nom")},
                     "geometry": {"type": "MultiPolygon", "coordinates": polys}})
json.dump({"type": "FeatureCollection", "features": features}, open(target, "w", encoding="utf-8"),
          ensure_ascii=False, separators=(",", ":"))
