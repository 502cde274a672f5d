// Project-wide state: project info, document list, codebook, stances and the current coder.
import { create } from 'zustand';
import type {
  Coder,
  CodebookEntry,
  DocumentSummary,
  ProjectInfo,
  Stance,
} from '../../../shared/domain/types';
import { api } from '../api/api-client';
import { withAnnotationCounts, withSummary } from './document-counts';
import { keepUnchanged } from './keep-unchanged';

interface ProjectState {
  info: ProjectInfo | null;
  documents: DocumentSummary[];
  codes: CodebookEntry[];
  stances: Stance[];
  coder: Coder | null;
  coders: Coder[];
  loaded: boolean;
  load: () => Promise<void>;
  refreshDocuments: () => Promise<void>;
  /** Sets the annotation counts of the listed documents (counted here, from their open lists). */
  setAnnotationCounts: (counts: ReadonlyMap<string, number>) => void;
  /** Puts a document's fresh summary (e.g. as a write answered it) into the list. */
  putDocument: (summary: DocumentSummary) => void;
  refreshCodebook: () => Promise<void>;
  setCoderName: (name: string) => Promise<void>;
}

export const useProjectStore = create<ProjectState>((set) => ({
  info: null,
  documents: [],
  codes: [],
  stances: [],
  coder: null,
  coders: [],
  loaded: false,
  load: async () => {
    const [info, documents, codebook, coder, coders] = await Promise.all([
      api.call('project:current', {}),
      api.call('documents:list', {}),
      api.call('codebook:get', {}),
      api.call('coders:current', {}),
      api.call('coders:list', {}),
    ]);
    set({ info, documents, codes: codebook.codes, stances: codebook.stances, coder, coders, loaded: true });
  },
  refreshDocuments: async () => {
    const documents = await api.call('documents:list', {});
    set((s) => ({ documents: keepUnchanged(s.documents, documents) }));
  },
  setAnnotationCounts: (counts) => set((s) => ({ documents: withAnnotationCounts(s.documents, counts) })),
  putDocument: (summary) => set((s) => ({ documents: withSummary(s.documents, summary) })),
  refreshCodebook: async () => {
    const codebook = await api.call('codebook:get', {});
    set({ codes: codebook.codes, stances: codebook.stances });
  },
  setCoderName: async (name) => {
    const coder = await api.call('coders:setCurrent', { name });
    set({ coder, coders: await api.call('coders:list', {}) });
  },
}));

export const codeById = (codes: CodebookEntry[]): Map<string, CodebookEntry> =>
  new Map(codes.map((c) => [c.id, c]));
export const stanceById = (stances: Stance[]): Map<string, Stance> => new Map(stances.map((s) => [s.id, s]));
