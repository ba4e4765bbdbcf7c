import { graphql } from '../../generated';

/** What an import or a restore did (or would do, in a dry run): the same fields as the upload's answer. */
export const ImportReportFields = graphql(`
  fragment ImportReportFields on ImportReport {
    flowConsistency {
      checked {
        from
        to
        months
      }
      mismatches {
        from
        to
        months
        municipalityCode
        municipality
        unspecified
        expected
        actual
      }
      unchecked {
        from
        to
        months
      }
    }
    kind
    dryRun
    rowsRead
    added
    changed
    unchanged
    removed
    moreErrors
    errors {
      line
      column
      message
    }
    changes {
      key
      effect
      added
      changed
      unchanged
      removed
      totalBefore
      totalAfter
    }
    rowChanges {
      key
      effect
      scope
      municipalityCode
      municipality
      domainCode
      domain
      fundingCode
      fundingSource
      before
      after
      textBefore
      textAfter
    }
    moreRowChanges
  }
`);

/** Each kind's columns, accepted values and blank template, from the server's own definition. */
export const ImportFormatsQuery = graphql(`
  query ImportFormats {
    importFormats {
      kind
      template
      columns {
        name
        required
        accepts {
          code
          name
        }
        alsoAccepts
        mayBeEmpty
      }
    }
  }
`);

export const DataVersionsQuery = graphql(`
  query DataVersions($kind: ImportKind) {
    dataVersions(kind: $kind) {
      id
      kind
      key
      replacedAt
      replacedBy
      rows
      total
      current
    }
  }
`);

export const RestoreVersionMutation = graphql(`
  mutation RestoreVersion($id: ID!, $dryRun: Boolean) {
    restoreVersion(id: $id, dryRun: $dryRun) {
      ...ImportReportFields
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $limit: Int, $offset: Int) {
    auditLog(filter: $filter, limit: $limit, offset: $offset) {
      at
      actor
      action
      object
      result
      origin
      detail
    }
  }
`);

/** The names the audit log writes as codes: priorities and knowledge domains. */
export const AuditNamesQuery = graphql(`
  query AuditNames {
    themes {
      code
      title
    }
    knowledgeDomains {
      code
      name
    }
  }
`);
