// types.ts uses the global `GeoJSON` namespace; the client tsconfig limits `types`, so load it here.
/// <reference types="geojson" />
