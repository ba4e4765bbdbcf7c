import { graphql } from './generated';

/** Every figure's source, as every view shows it. */
export const SourceFields = graphql(`
  fragment SourceFields on Source {
    document
    section
    note
    title
    url
  }
`);
