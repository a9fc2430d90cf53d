#!/usr/bin/env python3
"""Writes textured_crate.gltf: a 1 m cube with per-face UVs, an embedded 64x64 PNG base colour (a
two-colour checkerboard with a border) and an embedded 64x64 tangent-space normal map (a raised
border and round studs), to prove the texture and normal-map paths end to end. Deterministic output:
run it again and the file is byte-identical."""
import base64, json, math, struct, zlib

W = H = 64


def png(pixel):
    rows = []
    for y in range(H):
        row = bytearray([0])
        for x in range(W):
            row += bytes(pixel(x, y))
        rows.append(bytes(row))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))


def colour(x, y):
    if x < 4 or y < 4 or x >= W - 4 or y >= H - 4:
        return (40, 90, 160)
    return (230, 180, 60) if ((x // 8) + (y // 8)) % 2 == 0 else (250, 245, 230)


def height(x, y):
    # Studs: a dome in the middle of every 16x16 cell; the border is a raised bevel.
    cx, cy = (x % 16) - 7.5, (y % 16) - 7.5
    stud = max(0.0, 1.0 - (cx * cx + cy * cy) / 36.0)
    edge = min(x, y, W - 1 - x, H - 1 - y)
    bevel = max(0.0, 1.0 - edge / 4.0)
    return 2.0 * math.sqrt(stud) + 1.5 * bevel


def normal(x, y):
    # Central differences of the height field; +Y of the map points up the texture (glTF convention),
    # and texture rows run downwards, so a height rising with y tilts the normal towards -Y.
    dx = height(min(x + 1, W - 1), y) - height(max(x - 1, 0), y)
    dy = height(x, min(y + 1, H - 1)) - height(x, max(y - 1, 0))
    n = (-dx, dy, 2.0)
    length = math.sqrt(sum(c * c for c in n))
    return tuple(int(round((c / length * 0.5 + 0.5) * 255)) for c in n)


def cube():
    faces = [((1, 0, 0), (0, 0, -1)), ((-1, 0, 0), (0, 0, 1)), ((0, 1, 0), (1, 0, 0)),
             ((0, -1, 0), (1, 0, 0)), ((0, 0, 1), (1, 0, 0)), ((0, 0, -1), (-1, 0, 0))]
    pos, nrm, uv, idx = [], [], [], []
    for n, u in faces:
        v = (n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0])
        base = len(pos)
        for a, b in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
            pos.append(tuple(0.5 * n[i] + 0.5 * a * u[i] + 0.5 * b * v[i] + (0.5 if i == 1 else 0.0) for i in range(3)))
            nrm.append(n)
            uv.append(((a + 1) / 2, 1 - (b + 1) / 2))
        idx += [base, base + 1, base + 2, base, base + 2, base + 3]
    return pos, nrm, uv, idx


pos, nrm, uv, idx = cube()
buf = (b''.join(struct.pack('<3f', *p) for p in pos) + b''.join(struct.pack('<3f', *n) for n in nrm)
       + b''.join(struct.pack('<2f', *t) for t in uv) + b''.join(struct.pack('<H', i) for i in idx))
n = len(pos)
uri = lambda mime, data: 'data:%s;base64,%s' % (mime, base64.b64encode(data).decode())
gltf = {
    "asset": {"version": "2.0", "generator": "perfuse tests/golden/data/make_textured_crate.py"},
    "scene": 0, "scenes": [{"nodes": [0]}],
    "nodes": [{"name": "crate", "mesh": 0}],
    "meshes": [{"primitives": [{"attributes": {"POSITION": 0, "NORMAL": 1, "TEXCOORD_0": 2}, "indices": 3, "material": 0}]}],
    "materials": [{"name": "crate", "normalTexture": {"index": 1},
                   "pbrMetallicRoughness": {"baseColorTexture": {"index": 0}, "metallicFactor": 0.0, "roughnessFactor": 0.55}}],
    "textures": [{"source": 0, "sampler": 0}, {"source": 1, "sampler": 0}], "samplers": [{}],
    "images": [{"uri": uri("image/png", png(colour))}, {"uri": uri("image/png", png(normal))}],
    "buffers": [{"byteLength": len(buf), "uri": uri("application/octet-stream", buf)}],
    "bufferViews": [
        {"buffer": 0, "byteOffset": 0, "byteLength": n * 12, "target": 34962},
        {"buffer": 0, "byteOffset": n * 12, "byteLength": n * 12, "target": 34962},
        {"buffer": 0, "byteOffset": n * 24, "byteLength": n * 8, "target": 34962},
        {"buffer": 0, "byteOffset": n * 32, "byteLength": len(idx) * 2, "target": 34963}],
    "accessors": [
        {"bufferView": 0, "componentType": 5126, "count": n, "type": "VEC3", "min": [-0.5, 0.0, -0.5], "max": [0.5, 1.0, 0.5]},
        {"bufferView": 1, "componentType": 5126, "count": n, "type": "VEC3"},
        {"bufferView": 2, "componentType": 5126, "count": n, "type": "VEC2"},
        {"bufferView": 3, "componentType": 5123, "count": len(idx), "type": "SCALAR"}],
}
with open('textured_crate.gltf', 'w') as out:
    out.write(json.dumps(gltf, indent=1) + '\n')
