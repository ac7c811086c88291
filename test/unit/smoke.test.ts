import { expect, it } from 'vitest';
import type { Block } from '../../shared/blocks/types';
it('blocks type compiles', () => { const b: Block = { kind: 'line', text: 'x' }; expect(b.kind).toBe('line'); });
