import { createContext } from 'react';

/** The census id of the pair a live block belongs to (null outside a pair). */
export const SampleIdContext = createContext<string | null>(null);
