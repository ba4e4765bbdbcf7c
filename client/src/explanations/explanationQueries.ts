import { graphql } from '../generated';

export const ExplanationFields = graphql(`
  fragment ExplanationFields on Explanation {
    id
    peildatum
    figure
    municipality {
      code
      name
    }
    domain {
      code
      name
    }
    text
    version
  }
`);

/** Every explanation this viewer may see (the region's and every municipality's: a short list). */
export const ExplanationsQuery = graphql(`
  query Explanations {
    explanations {
      ...ExplanationFields
    }
  }
`);

export const AddExplanationMutation = graphql(`
  mutation AddExplanation($input: ExplanationInput!) {
    addExplanation(input: $input) {
      ...ExplanationFields
    }
  }
`);

export const UpdateExplanationMutation = graphql(`
  mutation UpdateExplanation($id: ID!, $version: Int!, $text: String!) {
    updateExplanation(id: $id, version: $version, text: $text) {
      ...ExplanationFields
    }
  }
`);

export const RemoveExplanationMutation = graphql(`
  mutation RemoveExplanation($id: ID!, $version: Int!) {
    removeExplanation(id: $id, version: $version)
  }
`);

/**
 * The knowledge domains counted at one count date, for the region and per municipality, as this
 * viewer sees them: the form offers an explanation per domain only where that count is shown.
 */
export const ExplanationDomainsQuery = graphql(`
  query ExplanationDomains($peildatum: Date!) {
    caseload(peildatum: $peildatum) {
      peildatum
      byDomain {
        ...DomainCountFields
      }
      byMunicipality {
        municipality {
          code
        }
        byDomain {
          ...DomainCountFields
        }
      }
    }
  }
`);
