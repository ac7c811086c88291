export { cleanSource, collapseSpace, compactKey, fixRadicals, joinBroken, stripNoise, toHalfWidth } from './normalize';
