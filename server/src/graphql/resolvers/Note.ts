import type { NoteResolvers } from '../generated/resolvers.js';

export const Note: NoteResolvers = {
  id: (note) => String(note.id),
};
