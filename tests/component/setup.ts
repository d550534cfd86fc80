import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` and `waitFor` wait for a state, not a time: their default of 1 s failed under load (a
// lazy chart chunk imported by jsdom on a busy 2-core machine), so they wait up to 10 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
