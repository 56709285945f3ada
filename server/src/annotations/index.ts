// User annotations: the W3C Web Annotation store, re-anchoring and exports. Pure library (Node fs only).
export {};
