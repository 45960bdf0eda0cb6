import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Prefecture outlines keyed by prefecture id, wound for d3-geo. */
export type PrefectureShapes = FeatureCollection<Geometry, { id: string }>;

/**
 * Reads prefectures.geojson and reverses every ring. The file follows RFC 7946 (exterior rings
 * counter-clockwise); d3-geo reads rings on the sphere and takes a counter-clockwise exterior for its
 * complement, filling the whole globe (data/shanxi/SOURCES.md). Undefined when the data folder has no map.
 */
export function prefectureShapes(dataDir: string): PrefectureShapes | undefined {
  const file = join(dataDir, 'prefectures.geojson');
  if (!existsSync(file)) return undefined;
  const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Geometry, { id: string }>;
  return { type: 'FeatureCollection', features: fc.features.map(rewound) };
}

function rewound(f: Feature<Geometry, { id: string }>): Feature<Geometry, { id: string }> {
  const rings = (polygon: Position[][]) => polygon.map((ring) => [...ring].reverse());
  const g = f.geometry;
  if (g.type === 'Polygon') return { ...f, geometry: { type: 'Polygon', coordinates: rings(g.coordinates) } };
  if (g.type === 'MultiPolygon') return { ...f, geometry: { type: 'MultiPolygon', coordinates: g.coordinates.map(rings) } };
  return f;
}
