// The one zustand store, composed of slice files. Non-React readers (the renderer, URL sync)
// use `useAtlas.subscribe` and `useAtlas.getState`.
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice.ts';

export type AtlasState = DataSlice;

export const createAtlasStore = () =>
  create<AtlasState>()((...args) => ({
    ...createDataSlice(...args),
  }));

export const useAtlas = createAtlasStore();
