#!/usr/bin/env python3
"""Draws the Teams app icons: a speech bubble with a check mark.

    python3 manifest/teams/icons.py        # rewrites color.png and outline.png beside this file

color.png   192x192, opaque: a white bubble with a check mark in the accent colour, on the accent colour.
outline.png 32x32: the bubble's outline and the check mark in white on a transparent background; edges
            are anti-aliased through alpha only, so every pixel is white or fully transparent.

Standard library only (zlib and struct write the PNG), so it runs on any machine with python3. The
output is deterministic: running it again gives the same bytes.
"""

import math
import os
import struct
import zlib

ACCENT = (0x3D, 0x72, 0x68)  # the web chat's --accent; manifest.json's accentColor is the same
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # supersampling per axis, for anti-aliased edges

# The glyph, in a unit square (y grows downwards).
BUBBLE_RECT = (0.10, 0.12, 0.90, 0.70)  # left, top, right, bottom
BUBBLE_RADIUS = 0.17
BUBBLE_TAIL = [(0.22, 0.60), (0.46, 0.60), (0.20, 0.90)]
CHECK = [(0.31, 0.41), (0.44, 0.54), (0.69, 0.28)]


def rounded_rect_sdf(x, y, rect, radius):
    left, top, right, bottom = rect
    cx, cy = (left + right) / 2, (top + bottom) / 2
    hx, hy = (right - left) / 2 - radius, (bottom - top) / 2 - radius
    dx, dy = abs(x - cx) - hx, abs(y - cy) - hy
    outside = math.hypot(max(dx, 0.0), max(dy, 0.0))
    return outside + min(max(dx, dy), 0.0) - radius


def segment_distance(x, y, a, b):
    ax, ay = a
    bx, by = b
    vx, vy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)))
    return math.hypot(x - (ax + t * vx), y - (ay + t * vy))


def polygon_sdf(x, y, points):
    distance = min(segment_distance(x, y, points[i], points[(i + 1) % len(points)]) for i in range(len(points)))
    inside = False
    for i in range(len(points)):
        (x1, y1), (x2, y2) = points[i], points[(i + 1) % len(points)]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return -distance if inside else distance


def bubble_sdf(x, y):
    # The union of the two shapes: inside the tail's mouth, the tail's own distance wins, so an inner
    # stroke opens where the tail joins the body.
    return min(rounded_rect_sdf(x, y, BUBBLE_RECT, BUBBLE_RADIUS), polygon_sdf(x, y, BUBBLE_TAIL))


def check_distance(x, y):
    return min(segment_distance(x, y, CHECK[i], CHECK[i + 1]) for i in range(len(CHECK) - 1))


def coverage(size, inside, margin=0.0):
    """Per-pixel coverage (0..1) of a shape given as inside(u, v) on the unit square, drawn into the
    square [margin, 1 - margin] of the image."""
    scale = 1.0 - 2 * margin
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    u = ((px + (sx + 0.5) / SAMPLES) / size - margin) / scale
                    v = ((py + (sy + 0.5) / SAMPLES) / size - margin) / scale
                    hits += inside(u, v)
            row.append(hits / (SAMPLES * SAMPLES))
        rows.append(row)
    return rows


def write_png(path, width, height, pixels, channels):
    """pixels: rows of tuples of `channels` bytes (3 = RGB, 6 in the colour type; 4 = RGBA)."""
    color_type = {3: 2, 4: 6}[channels]
    raw = b"".join(b"\x00" + bytes(value for pixel in row for value in pixel) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def blend(under, over, alpha):
    return tuple(round(u + (o - u) * alpha) for u, o in zip(under, over))


def color_icon(size=192):
    # The glyph fills the middle of the tile, leaving the accent colour around it.
    stroke = 0.085
    bubble = coverage(size, lambda u, v: bubble_sdf(u, v) <= 0, margin=0.19)
    check = coverage(size, lambda u, v: check_distance(u, v) <= stroke / 2, margin=0.19)
    return [
        [blend(blend(ACCENT, WHITE, bubble[y][x]), ACCENT, check[y][x]) for x in range(size)]
        for y in range(size)
    ]


def outline_icon(size=32):
    line = 2.1 / size  # a 2-pixel line, in unit coordinates
    margin = 1 / size

    def inside(u, v):
        d = bubble_sdf(u, v)
        return (-line <= d <= 0) or check_distance(u, v) <= line / 2

    shape = coverage(size, inside, margin=margin)
    return [[WHITE + (round(255 * shape[y][x]),) for x in range(size)] for y in range(size)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(here, "color.png"), 192, 192, color_icon(), channels=3)
    write_png(os.path.join(here, "outline.png"), 32, 32, outline_icon(), channels=4)


if __name__ == "__main__":
    main()
