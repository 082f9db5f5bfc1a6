"""Regenerates docs/land-110m.path: the land of the world as one SVG path
in the map example's projection, from Natural Earth's 1:110m land (public
domain), as the world-atlas package on npm ships it (TopoJSON, ISC).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 scripts/land.py package/land-110m.json > docs/land-110m.path

The projection is equirectangular, cut at 85° N and 60° S (Antarctica
is left out): x = (lon +
180) * 8 / 3, y = (85 - lat) * 8 / 3, so the map is 960 by 386.7 units.
examples/map.rs projects the clusters the same way; keep the two equal.
"""

import json
import sys

SCALE = 8 / 3
NORTH = 85


def arcs_of(topology):
    """The arcs in degrees: TopoJSON stores them quantized and as deltas."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def ring(arcs, indexes):
    """A ring from arc indexes (a negative index is arc ~i, reversed)."""
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def project(lon, lat):
    return (lon + 180) * SCALE, (NORTH - max(min(lat, NORTH), -60)) * SCALE


def main():
    topology = json.load(open(sys.argv[1]))
    arcs = arcs_of(topology)
    parts = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for indexes in polygon:
                lonlat = ring(arcs, indexes)
                # Antarctica lies south of the map's edge.
                if all(lat < -60 for _, lat in lonlat):
                    continue
                # A ring that crosses the antimeridian (Russia, Fiji) is cut
                # there into pieces, each closed along the map's edge.
                pieces, previous = [[]], None
                for lon, lat in lonlat:
                    if previous is not None and abs(lon - previous) > 180:
                        pieces.append([])
                    pieces[-1].append(project(lon, lat))
                    previous = lon
                for points in pieces:
                    # Drop points that round onto the one before.
                    kept = []
                    for x, y in points:
                        p = (round(x, 1), round(y, 1))
                        if not kept or kept[-1] != p:
                            kept.append(p)
                    if len(kept) < 3:
                        continue
                    head = "M{:g},{:g}".format(*kept[0])
                    parts.append(head + "L" + " ".join("{:g},{:g}".format(*p) for p in kept[1:]) + "Z")
    sys.stdout.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
