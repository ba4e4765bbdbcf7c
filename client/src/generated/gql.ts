/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment FlowMonthFields on FlowMonth {\n    month\n    inflow\n    outflow\n    shareWithinNorm\n    medianDays\n    p80Days\n    normDays\n    throughputHidden\n  }\n": typeof types.FlowMonthFieldsFragmentDoc,
    "\n  query MunicipalityFlows($code: ID!) {\n    suppressBelow\n    municipality(code: $code) {\n      code\n      flows {\n        ...FlowMonthFields\n      }\n    }\n    flows {\n      months\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n": typeof types.MunicipalityFlowsDocument,
    "\n  query Flows {\n    suppressBelow\n    flows {\n      months\n      region {\n        ...FlowMonthFields\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n": typeof types.FlowsDocument,
    "\n  fragment ExplanationFields on Explanation {\n    id\n    peildatum\n    figure\n    municipality {\n      code\n      name\n    }\n    domain {\n      code\n      name\n    }\n    text\n    version\n  }\n": typeof types.ExplanationFieldsFragmentDoc,
    "\n  query Explanations {\n    explanations {\n      ...ExplanationFields\n    }\n  }\n": typeof types.ExplanationsDocument,
    "\n  mutation AddExplanation($input: ExplanationInput!) {\n    addExplanation(input: $input) {\n      ...ExplanationFields\n    }\n  }\n": typeof types.AddExplanationDocument,
    "\n  mutation UpdateExplanation($id: ID!, $version: Int!, $text: String!) {\n    updateExplanation(id: $id, version: $version, text: $text) {\n      ...ExplanationFields\n    }\n  }\n": typeof types.UpdateExplanationDocument,
    "\n  mutation RemoveExplanation($id: ID!, $version: Int!) {\n    removeExplanation(id: $id, version: $version)\n  }\n": typeof types.RemoveExplanationDocument,
    "\n  query ExplanationDomains($peildatum: Date!) {\n    caseload(peildatum: $peildatum) {\n      peildatum\n      byDomain {\n        ...DomainCountFields\n      }\n      byMunicipality {\n        municipality {\n          code\n        }\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n    }\n  }\n": typeof types.ExplanationDomainsDocument,
    "\n  fragment SourceFields on Source {\n    document\n    section\n    note\n    title\n    url\n  }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  fragment DomainCountFields on DomainCaseCount {\n    domain {\n      code\n      name\n    }\n    count\n    suppressed\n  }\n": typeof types.DomainCountFieldsFragmentDoc,
    "\n  fragment CaseCountFields on MunicipalityCaseCount {\n    municipality {\n      code\n      name\n    }\n    count\n    suppressed\n    shareOfAssigned\n    per10kInhabitants\n    populationYear\n  }\n": typeof types.CaseCountFieldsFragmentDoc,
    "\n  fragment SnapshotTotals on CaseloadSnapshot {\n    peildatum\n    peildatumPrecision\n    total\n    unspecified\n    changeFromPrevious\n    per10kInhabitants\n    regionPopulation {\n      inhabitants\n      years\n      complete\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": typeof types.SnapshotTotalsFragmentDoc,
    "\n  fragment SnapshotFields on CaseloadSnapshot {\n    ...SnapshotTotals\n    byMunicipality {\n      ...CaseCountFields\n    }\n  }\n": typeof types.SnapshotFieldsFragmentDoc,
    "\n  fragment HeadlineFigures on Query {\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    caseloadBreakdown {\n      ...SnapshotFields\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n": typeof types.HeadlineFiguresFragmentDoc,
    "\n  fragment ContributionYearFields on ContributionYear {\n    year\n    totalEur\n    changeFromPreviousYear\n    perInhabitantEur\n    source {\n      ...SourceFields\n    }\n    byMunicipality {\n      municipality {\n        code\n        name\n      }\n      amountEur\n      shareOfTotal\n      changeFromPreviousYear\n      perInhabitantEur\n      populationYear\n      inhabitants\n    }\n  }\n": typeof types.ContributionYearFieldsFragmentDoc,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      method\n      provider\n      createdAt\n      lastUsedAt\n      client\n      address\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndMySession($id: ID!) {\n    endMySession(id: $id)\n  }\n": typeof types.EndMySessionDocument,
    "\n  mutation EndMyOtherSessions {\n    endMyOtherSessions\n  }\n": typeof types.EndMyOtherSessionsDocument,
    "\n  query MySecondFactors {\n    me {\n      username\n      secondFactors\n    }\n    signInStep {\n      required\n    }\n  }\n": typeof types.MySecondFactorsDocument,
    "\n  query MyPasskeys {\n    myPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n": typeof types.MyPasskeysDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation RemoveTotp {\n    removeTotp\n  }\n": typeof types.RemoveTotpDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    flowConsistency {\n      checked {\n        from\n        to\n        months\n      }\n      mismatches {\n        from\n        to\n        months\n        municipalityCode\n        municipality\n        unspecified\n        expected\n        actual\n      }\n      unchecked {\n        from\n        to\n        months\n      }\n    }\n    kind\n    dryRun\n    rowsRead\n    added\n    changed\n    unchanged\n    removed\n    moreErrors\n    errors {\n      line\n      column\n      message\n    }\n    changes {\n      key\n      effect\n      added\n      changed\n      unchanged\n      removed\n      totalBefore\n      totalAfter\n    }\n    rowChanges {\n      key\n      effect\n      scope\n      municipalityCode\n      municipality\n      domainCode\n      domain\n      fundingCode\n      fundingSource\n      before\n      after\n      textBefore\n      textAfter\n    }\n    moreRowChanges\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  query ImportFormats {\n    importFormats {\n      kind\n      template\n      columns {\n        name\n        required\n        accepts {\n          code\n          name\n        }\n        alsoAccepts\n        mayBeEmpty\n      }\n    }\n  }\n": typeof types.ImportFormatsDocument,
    "\n  query DataVersions($kind: ImportKind) {\n    dataVersions(kind: $kind) {\n      id\n      kind\n      key\n      replacedAt\n      replacedBy\n      rows\n      total\n      current\n    }\n  }\n": typeof types.DataVersionsDocument,
    "\n  mutation RestoreVersion($id: ID!, $dryRun: Boolean) {\n    restoreVersion(id: $id, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.RestoreVersionDocument,
    "\n  query AuditLog($filter: AuditFilter, $limit: Int, $offset: Int) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      at\n      actor\n      action\n      object\n      result\n      origin\n      detail\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditNames {\n    themes {\n      code\n      title\n    }\n    knowledgeDomains {\n      code\n      name\n    }\n  }\n": typeof types.AuditNamesDocument,
    "\n  fragment UserRowFields on User {\n    username\n    role\n    active\n    lastLoginAt\n    activeSessions\n    secondFactors\n    signInProvider {\n      id\n      label\n    }\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRowFields\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserRole($username: String!, $role: Role!, $municipalityCode: ID) {\n    setUserRole(username: $username, role: $role, municipalityCode: $municipalityCode) {\n      ...UserRowFields\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation DeactivateUser($username: String!) {\n    deactivateUser(username: $username) {\n      ...UserRowFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($username: String!) {\n    reactivateUser(username: $username) {\n      ...UserRowFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation EndSessions($username: String!) {\n    endSessions(username: $username)\n  }\n": typeof types.EndSessionsDocument,
    "\n  mutation UnlockLogins($username: String!) {\n    unlockLogins(username: $username)\n  }\n": typeof types.UnlockLoginsDocument,
    "\n  mutation ResetSecondFactor($username: String!) {\n    resetSecondFactor(username: $username)\n  }\n": typeof types.ResetSecondFactorDocument,
    "\n  query Caseload($peildatum: Date) {\n    suppressBelow\n    municipalities {\n      code\n      name\n    }\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    caseload(peildatum: $peildatum) {\n      ...SnapshotFields\n      byMunicipality {\n        municipality {\n          code\n        }\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n      byDomain {\n        ...DomainCountFields\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query Indicators {\n    indicators {\n      code\n      status\n      lastUpdate {\n        peildatum\n        year\n        populationYear\n        month\n        changedOn\n      }\n      nextUpdate\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n": typeof types.IndicatorsDocument,
    "\n  query Finance {\n    contributionHistory {\n      ...ContributionYearFields\n    }\n    caseload {\n      peildatum\n      peildatumPrecision\n      byMunicipality {\n        municipality {\n          code\n        }\n        count\n        shareOfAssigned\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    fundingSources {\n      code\n      name\n      amountEurPerYear\n      structural\n      fromYear\n      description\n      source {\n        ...SourceFields\n      }\n    }\n    capacity {\n      label\n      stage\n      fte\n      temporaryFte\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": typeof types.FinanceDocument,
    "\n  query MunicipalityComparison($code: ID!) {\n    caseloadSnapshots {\n      peildatum\n      peildatumPrecision\n    }\n    caseload {\n      peildatum\n      source {\n        ...SourceFields\n      }\n    }\n    contributionHistory {\n      year\n      source {\n        ...SourceFields\n      }\n    }\n    municipality(code: $code) {\n      code\n      # The same fields as every query of a municipality's inhabitants: the cache keeps one population object.\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    municipalityComparison(code: $code) {\n      municipality {\n        code\n        name\n      }\n      peildatum\n      previousPeildatum\n      contributionYear\n      populationYear\n      assignedCases\n      figures {\n        kind\n        own\n        reference\n        difference\n        relativeDifference\n        direction\n      }\n    }\n  }\n": typeof types.MunicipalityComparisonDocument,
    "\n  fragment RegionFiguresFields on RegionFigures {\n    code\n    name\n    peildatum\n    total\n    inhabitants\n    per10kInhabitants\n  }\n": typeof types.RegionFiguresFieldsFragmentDoc,
    "\n  query NationalComparison {\n    region {\n      code\n      name\n    }\n    nationalComparison {\n      peildatum\n      regionsInDatabase\n      regionsCompared\n      regionsLeftOut\n      nationalPer10k\n      own {\n        ...RegionFiguresFields\n      }\n      figure {\n        own\n        reference\n        relativeDifference\n        direction\n      }\n      similar {\n        ...RegionFiguresFields\n      }\n      leftOut {\n        code\n        name\n        peildatum\n        reason\n        isServedRegion\n      }\n    }\n  }\n": typeof types.NationalComparisonDocument,
    "\n  query Factsheet($code: ID!) {\n    region {\n      code\n      name\n    }\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    municipality(code: $code) {\n      code\n      name\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n      caseloadHistory {\n        peildatum\n        count\n        shareOfAssigned\n        per10kInhabitants\n        populationYear\n      }\n    }\n    municipalities {\n      code\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n": typeof types.FactsheetDocument,
    "\n  query MunicipalityHistory($code: ID!) {\n    suppressBelow\n    caseloadSnapshots {\n      peildatum\n      peildatumPrecision\n      source {\n        ...SourceFields\n      }\n    }\n    municipality(code: $code) {\n      code\n      caseloadHistory {\n        peildatum\n        count\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityHistoryDocument,
    "\n  query MunicipalityView {\n    municipalities {\n      code\n      name\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    caseload {\n      ...SnapshotFields\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n": typeof types.MunicipalityViewDocument,
    "\n  query Overview {\n    ...HeadlineFigures\n    themes {\n      code\n      number\n      title\n      status\n    }\n    goals {\n      id\n      title\n      status\n    }\n    signals {\n      ...SignalListFields\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query Priorities {\n    themes {\n      code\n      number\n      title\n      summary\n      status\n      keyFacts\n      parent {\n        code\n      }\n      source {\n        ...SourceFields\n      }\n      ...ThemeSteeringFields\n    }\n    knowledgeDomains {\n      code\n      name\n      description\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": typeof types.PrioritiesDocument,
    "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n": typeof types.PasskeyRegistrationOptionsDocument,
    "\n  mutation VerifyPasskeyRegistration($response: String!, $name: String!) {\n    verifyPasskeyRegistration(response: $response, name: $name) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n": typeof types.VerifyPasskeyRegistrationDocument,
    "\n  mutation PasskeyAuthenticationOptions {\n    passkeyAuthenticationOptions\n  }\n": typeof types.PasskeyAuthenticationOptionsDocument,
    "\n  mutation VerifyPasskeyAuthentication($response: String!) {\n    verifyPasskeyAuthentication(response: $response) {\n      ...SignInStepFields\n    }\n  }\n": typeof types.VerifyPasskeyAuthenticationDocument,
    "\n  query TestRegion {\n    region {\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n  }\n": typeof types.TestRegionDocument,
    "\n  fragment SessionUserFields on User {\n    username\n    role\n    active\n    municipality {\n      code\n      name\n    }\n    signInProvider {\n      id\n      label\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n    region {\n      code\n      name\n    }\n    deployment {\n      demonstration\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment SignInStepFields on SignInStep {\n    next\n    methods\n    required\n    user {\n      ...SessionUserFields\n    }\n  }\n": typeof types.SignInStepFieldsFragmentDoc,
    "\n  query SignInStep {\n    signInStep {\n      ...SignInStepFields\n    }\n  }\n": typeof types.SignInStepDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignInStepFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      ...SignInStepFields\n    }\n  }\n": typeof types.VerifyTotpDocument,
    "\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      remaining\n      step {\n        ...SignInStepFields\n      }\n    }\n  }\n": typeof types.UseRecoveryCodeDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      uri\n      qrSvg\n      secret\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      passwordLogin\n      providers {\n        id\n        label\n      }\n    }\n    deployment {\n      demonstration\n      demoAccounts {\n        username\n        password\n        role\n        municipalityName\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  query Deployment {\n    deployment {\n      demonstration\n    }\n  }\n": typeof types.DeploymentDocument,
    "\n  query ProviderLogout {\n    providerLogout {\n      label\n      url\n    }\n  }\n": typeof types.ProviderLogoutDocument,
    "\n  fragment SignalListFields on SignalList {\n    signals {\n      rule\n      severity\n      figure\n      municipality {\n        code\n        name\n      }\n      domain {\n        code\n        name\n      }\n      goal {\n        id\n        title\n        indicator\n        unit\n      }\n      date\n      value\n      direction\n      median\n      mad\n      low\n      high\n      crossedSince\n    }\n    shortfalls {\n      rule\n      appliesToAll\n      figure\n      municipality {\n        code\n        name\n      }\n      domain {\n        code\n        name\n      }\n      counts\n      needed\n    }\n  }\n": typeof types.SignalListFieldsFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    title\n    theme {\n      code\n      number\n      title\n    }\n    municipality {\n      code\n      name\n    }\n    indicator\n    direction\n    target\n    targetUpper\n    margin\n    deadline\n    latestValue\n    latestValueDate\n    status\n    staleAfterDays\n    basis\n    unit\n    history {\n      value\n      date\n    }\n  }\n": typeof types.GoalFieldsFragmentDoc,
    "\n  query Goals {\n    goals {\n      ...GoalFields\n    }\n    themes {\n      code\n      number\n      title\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n": typeof types.GoalsDocument,
    "\n  mutation CreateGoal($input: GoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation UpdateGoal($id: ID!, $input: GoalInput!) {\n    updateGoal(id: $id, input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": typeof types.DeleteGoalDocument,
    "\n  mutation ReportGoalValue($id: ID!, $value: Float!, $date: Date!) {\n    reportGoalValue(id: $id, value: $value, date: $date) {\n      ...GoalFields\n    }\n  }\n": typeof types.ReportGoalValueDocument,
    "\n  fragment ThemeSteeringFields on Theme {\n    code\n    status\n    owner\n    progressNote\n    nextMilestone\n    nextMilestoneDate\n    domains {\n      code\n      name\n    }\n    updatedAt\n    updatedBy\n    history {\n      at\n      by\n      field\n      oldValue\n      newValue\n      note\n    }\n  }\n": typeof types.ThemeSteeringFieldsFragmentDoc,
    "\n  mutation SetThemeStatus($code: ID!, $status: ThemeStatus!, $note: String, $asCommonThread: Boolean) {\n    setThemeStatus(code: $code, status: $status, note: $note, asCommonThread: $asCommonThread) {\n      ...ThemeSteeringFields\n    }\n  }\n": typeof types.SetThemeStatusDocument,
    "\n  mutation UpdateTheme($code: ID!, $input: ThemeInput!) {\n    updateTheme(code: $code, input: $input) {\n      ...ThemeSteeringFields\n    }\n  }\n": typeof types.UpdateThemeDocument,
    "\n  query Notes($target: String) {\n    notes(target: $target) {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n  }\n": typeof types.NotesDocument,
    "\n  mutation AddNote($input: NoteInput!) {\n    addNote(input: $input) {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n": typeof types.DeleteNoteDocument,
    "\n  query Steering {\n    region {\n      code\n      name\n    }\n    ...HeadlineFigures\n    themes {\n      code\n      number\n      title\n      summary\n      status\n      owner\n      progressNote\n      nextMilestone\n      nextMilestoneDate\n      parent {\n        code\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    goals {\n      id\n      title\n      status\n      indicator\n      direction\n      target\n      targetUpper\n      deadline\n      latestValue\n      latestValueDate\n      basis\n      unit\n      theme {\n        code\n        number\n        title\n      }\n      municipality {\n        code\n        name\n      }\n    }\n    notes {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n    signals {\n      ...SignalListFields\n    }\n    explanations {\n      ...ExplanationFields\n    }\n  }\n": typeof types.SteeringDocument,
};
const documents: Documents = {
    "\n  fragment FlowMonthFields on FlowMonth {\n    month\n    inflow\n    outflow\n    shareWithinNorm\n    medianDays\n    p80Days\n    normDays\n    throughputHidden\n  }\n": types.FlowMonthFieldsFragmentDoc,
    "\n  query MunicipalityFlows($code: ID!) {\n    suppressBelow\n    municipality(code: $code) {\n      code\n      flows {\n        ...FlowMonthFields\n      }\n    }\n    flows {\n      months\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n": types.MunicipalityFlowsDocument,
    "\n  query Flows {\n    suppressBelow\n    flows {\n      months\n      region {\n        ...FlowMonthFields\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n": types.FlowsDocument,
    "\n  fragment ExplanationFields on Explanation {\n    id\n    peildatum\n    figure\n    municipality {\n      code\n      name\n    }\n    domain {\n      code\n      name\n    }\n    text\n    version\n  }\n": types.ExplanationFieldsFragmentDoc,
    "\n  query Explanations {\n    explanations {\n      ...ExplanationFields\n    }\n  }\n": types.ExplanationsDocument,
    "\n  mutation AddExplanation($input: ExplanationInput!) {\n    addExplanation(input: $input) {\n      ...ExplanationFields\n    }\n  }\n": types.AddExplanationDocument,
    "\n  mutation UpdateExplanation($id: ID!, $version: Int!, $text: String!) {\n    updateExplanation(id: $id, version: $version, text: $text) {\n      ...ExplanationFields\n    }\n  }\n": types.UpdateExplanationDocument,
    "\n  mutation RemoveExplanation($id: ID!, $version: Int!) {\n    removeExplanation(id: $id, version: $version)\n  }\n": types.RemoveExplanationDocument,
    "\n  query ExplanationDomains($peildatum: Date!) {\n    caseload(peildatum: $peildatum) {\n      peildatum\n      byDomain {\n        ...DomainCountFields\n      }\n      byMunicipality {\n        municipality {\n          code\n        }\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n    }\n  }\n": types.ExplanationDomainsDocument,
    "\n  fragment SourceFields on Source {\n    document\n    section\n    note\n    title\n    url\n  }\n": types.SourceFieldsFragmentDoc,
    "\n  fragment DomainCountFields on DomainCaseCount {\n    domain {\n      code\n      name\n    }\n    count\n    suppressed\n  }\n": types.DomainCountFieldsFragmentDoc,
    "\n  fragment CaseCountFields on MunicipalityCaseCount {\n    municipality {\n      code\n      name\n    }\n    count\n    suppressed\n    shareOfAssigned\n    per10kInhabitants\n    populationYear\n  }\n": types.CaseCountFieldsFragmentDoc,
    "\n  fragment SnapshotTotals on CaseloadSnapshot {\n    peildatum\n    peildatumPrecision\n    total\n    unspecified\n    changeFromPrevious\n    per10kInhabitants\n    regionPopulation {\n      inhabitants\n      years\n      complete\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": types.SnapshotTotalsFragmentDoc,
    "\n  fragment SnapshotFields on CaseloadSnapshot {\n    ...SnapshotTotals\n    byMunicipality {\n      ...CaseCountFields\n    }\n  }\n": types.SnapshotFieldsFragmentDoc,
    "\n  fragment HeadlineFigures on Query {\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    caseloadBreakdown {\n      ...SnapshotFields\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n": types.HeadlineFiguresFragmentDoc,
    "\n  fragment ContributionYearFields on ContributionYear {\n    year\n    totalEur\n    changeFromPreviousYear\n    perInhabitantEur\n    source {\n      ...SourceFields\n    }\n    byMunicipality {\n      municipality {\n        code\n        name\n      }\n      amountEur\n      shareOfTotal\n      changeFromPreviousYear\n      perInhabitantEur\n      populationYear\n      inhabitants\n    }\n  }\n": types.ContributionYearFieldsFragmentDoc,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      method\n      provider\n      createdAt\n      lastUsedAt\n      client\n      address\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndMySession($id: ID!) {\n    endMySession(id: $id)\n  }\n": types.EndMySessionDocument,
    "\n  mutation EndMyOtherSessions {\n    endMyOtherSessions\n  }\n": types.EndMyOtherSessionsDocument,
    "\n  query MySecondFactors {\n    me {\n      username\n      secondFactors\n    }\n    signInStep {\n      required\n    }\n  }\n": types.MySecondFactorsDocument,
    "\n  query MyPasskeys {\n    myPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n": types.MyPasskeysDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation RemoveTotp {\n    removeTotp\n  }\n": types.RemoveTotpDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": types.RemovePasskeyDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    flowConsistency {\n      checked {\n        from\n        to\n        months\n      }\n      mismatches {\n        from\n        to\n        months\n        municipalityCode\n        municipality\n        unspecified\n        expected\n        actual\n      }\n      unchecked {\n        from\n        to\n        months\n      }\n    }\n    kind\n    dryRun\n    rowsRead\n    added\n    changed\n    unchanged\n    removed\n    moreErrors\n    errors {\n      line\n      column\n      message\n    }\n    changes {\n      key\n      effect\n      added\n      changed\n      unchanged\n      removed\n      totalBefore\n      totalAfter\n    }\n    rowChanges {\n      key\n      effect\n      scope\n      municipalityCode\n      municipality\n      domainCode\n      domain\n      fundingCode\n      fundingSource\n      before\n      after\n      textBefore\n      textAfter\n    }\n    moreRowChanges\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  query ImportFormats {\n    importFormats {\n      kind\n      template\n      columns {\n        name\n        required\n        accepts {\n          code\n          name\n        }\n        alsoAccepts\n        mayBeEmpty\n      }\n    }\n  }\n": types.ImportFormatsDocument,
    "\n  query DataVersions($kind: ImportKind) {\n    dataVersions(kind: $kind) {\n      id\n      kind\n      key\n      replacedAt\n      replacedBy\n      rows\n      total\n      current\n    }\n  }\n": types.DataVersionsDocument,
    "\n  mutation RestoreVersion($id: ID!, $dryRun: Boolean) {\n    restoreVersion(id: $id, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n": types.RestoreVersionDocument,
    "\n  query AuditLog($filter: AuditFilter, $limit: Int, $offset: Int) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      at\n      actor\n      action\n      object\n      result\n      origin\n      detail\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditNames {\n    themes {\n      code\n      title\n    }\n    knowledgeDomains {\n      code\n      name\n    }\n  }\n": types.AuditNamesDocument,
    "\n  fragment UserRowFields on User {\n    username\n    role\n    active\n    lastLoginAt\n    activeSessions\n    secondFactors\n    signInProvider {\n      id\n      label\n    }\n    municipality {\n      code\n      name\n    }\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserRowFields\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserRole($username: String!, $role: Role!, $municipalityCode: ID) {\n    setUserRole(username: $username, role: $role, municipalityCode: $municipalityCode) {\n      ...UserRowFields\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation DeactivateUser($username: String!) {\n    deactivateUser(username: $username) {\n      ...UserRowFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($username: String!) {\n    reactivateUser(username: $username) {\n      ...UserRowFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation EndSessions($username: String!) {\n    endSessions(username: $username)\n  }\n": types.EndSessionsDocument,
    "\n  mutation UnlockLogins($username: String!) {\n    unlockLogins(username: $username)\n  }\n": types.UnlockLoginsDocument,
    "\n  mutation ResetSecondFactor($username: String!) {\n    resetSecondFactor(username: $username)\n  }\n": types.ResetSecondFactorDocument,
    "\n  query Caseload($peildatum: Date) {\n    suppressBelow\n    municipalities {\n      code\n      name\n    }\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    caseload(peildatum: $peildatum) {\n      ...SnapshotFields\n      byMunicipality {\n        municipality {\n          code\n        }\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n      byDomain {\n        ...DomainCountFields\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query Indicators {\n    indicators {\n      code\n      status\n      lastUpdate {\n        peildatum\n        year\n        populationYear\n        month\n        changedOn\n      }\n      nextUpdate\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n": types.IndicatorsDocument,
    "\n  query Finance {\n    contributionHistory {\n      ...ContributionYearFields\n    }\n    caseload {\n      peildatum\n      peildatumPrecision\n      byMunicipality {\n        municipality {\n          code\n        }\n        count\n        shareOfAssigned\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    fundingSources {\n      code\n      name\n      amountEurPerYear\n      structural\n      fromYear\n      description\n      source {\n        ...SourceFields\n      }\n    }\n    capacity {\n      label\n      stage\n      fte\n      temporaryFte\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": types.FinanceDocument,
    "\n  query MunicipalityComparison($code: ID!) {\n    caseloadSnapshots {\n      peildatum\n      peildatumPrecision\n    }\n    caseload {\n      peildatum\n      source {\n        ...SourceFields\n      }\n    }\n    contributionHistory {\n      year\n      source {\n        ...SourceFields\n      }\n    }\n    municipality(code: $code) {\n      code\n      # The same fields as every query of a municipality's inhabitants: the cache keeps one population object.\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    municipalityComparison(code: $code) {\n      municipality {\n        code\n        name\n      }\n      peildatum\n      previousPeildatum\n      contributionYear\n      populationYear\n      assignedCases\n      figures {\n        kind\n        own\n        reference\n        difference\n        relativeDifference\n        direction\n      }\n    }\n  }\n": types.MunicipalityComparisonDocument,
    "\n  fragment RegionFiguresFields on RegionFigures {\n    code\n    name\n    peildatum\n    total\n    inhabitants\n    per10kInhabitants\n  }\n": types.RegionFiguresFieldsFragmentDoc,
    "\n  query NationalComparison {\n    region {\n      code\n      name\n    }\n    nationalComparison {\n      peildatum\n      regionsInDatabase\n      regionsCompared\n      regionsLeftOut\n      nationalPer10k\n      own {\n        ...RegionFiguresFields\n      }\n      figure {\n        own\n        reference\n        relativeDifference\n        direction\n      }\n      similar {\n        ...RegionFiguresFields\n      }\n      leftOut {\n        code\n        name\n        peildatum\n        reason\n        isServedRegion\n      }\n    }\n  }\n": types.NationalComparisonDocument,
    "\n  query Factsheet($code: ID!) {\n    region {\n      code\n      name\n    }\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    municipality(code: $code) {\n      code\n      name\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n      caseloadHistory {\n        peildatum\n        count\n        shareOfAssigned\n        per10kInhabitants\n        populationYear\n      }\n    }\n    municipalities {\n      code\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n": types.FactsheetDocument,
    "\n  query MunicipalityHistory($code: ID!) {\n    suppressBelow\n    caseloadSnapshots {\n      peildatum\n      peildatumPrecision\n      source {\n        ...SourceFields\n      }\n    }\n    municipality(code: $code) {\n      code\n      caseloadHistory {\n        peildatum\n        count\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n    }\n  }\n": types.MunicipalityHistoryDocument,
    "\n  query MunicipalityView {\n    municipalities {\n      code\n      name\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    caseload {\n      ...SnapshotFields\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n": types.MunicipalityViewDocument,
    "\n  query Overview {\n    ...HeadlineFigures\n    themes {\n      code\n      number\n      title\n      status\n    }\n    goals {\n      id\n      title\n      status\n    }\n    signals {\n      ...SignalListFields\n    }\n  }\n": types.OverviewDocument,
    "\n  query Priorities {\n    themes {\n      code\n      number\n      title\n      summary\n      status\n      keyFacts\n      parent {\n        code\n      }\n      source {\n        ...SourceFields\n      }\n      ...ThemeSteeringFields\n    }\n    knowledgeDomains {\n      code\n      name\n      description\n      source {\n        ...SourceFields\n      }\n    }\n  }\n": types.PrioritiesDocument,
    "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n": types.PasskeyRegistrationOptionsDocument,
    "\n  mutation VerifyPasskeyRegistration($response: String!, $name: String!) {\n    verifyPasskeyRegistration(response: $response, name: $name) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n": types.VerifyPasskeyRegistrationDocument,
    "\n  mutation PasskeyAuthenticationOptions {\n    passkeyAuthenticationOptions\n  }\n": types.PasskeyAuthenticationOptionsDocument,
    "\n  mutation VerifyPasskeyAuthentication($response: String!) {\n    verifyPasskeyAuthentication(response: $response) {\n      ...SignInStepFields\n    }\n  }\n": types.VerifyPasskeyAuthenticationDocument,
    "\n  query TestRegion {\n    region {\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n  }\n": types.TestRegionDocument,
    "\n  fragment SessionUserFields on User {\n    username\n    role\n    active\n    municipality {\n      code\n      name\n    }\n    signInProvider {\n      id\n      label\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n    region {\n      code\n      name\n    }\n    deployment {\n      demonstration\n    }\n  }\n": types.MeDocument,
    "\n  fragment SignInStepFields on SignInStep {\n    next\n    methods\n    required\n    user {\n      ...SessionUserFields\n    }\n  }\n": types.SignInStepFieldsFragmentDoc,
    "\n  query SignInStep {\n    signInStep {\n      ...SignInStepFields\n    }\n  }\n": types.SignInStepDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignInStepFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      ...SignInStepFields\n    }\n  }\n": types.VerifyTotpDocument,
    "\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      remaining\n      step {\n        ...SignInStepFields\n      }\n    }\n  }\n": types.UseRecoveryCodeDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      uri\n      qrSvg\n      secret\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      passwordLogin\n      providers {\n        id\n        label\n      }\n    }\n    deployment {\n      demonstration\n      demoAccounts {\n        username\n        password\n        role\n        municipalityName\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  query Deployment {\n    deployment {\n      demonstration\n    }\n  }\n": types.DeploymentDocument,
    "\n  query ProviderLogout {\n    providerLogout {\n      label\n      url\n    }\n  }\n": types.ProviderLogoutDocument,
    "\n  fragment SignalListFields on SignalList {\n    signals {\n      rule\n      severity\n      figure\n      municipality {\n        code\n        name\n      }\n      domain {\n        code\n        name\n      }\n      goal {\n        id\n        title\n        indicator\n        unit\n      }\n      date\n      value\n      direction\n      median\n      mad\n      low\n      high\n      crossedSince\n    }\n    shortfalls {\n      rule\n      appliesToAll\n      figure\n      municipality {\n        code\n        name\n      }\n      domain {\n        code\n        name\n      }\n      counts\n      needed\n    }\n  }\n": types.SignalListFieldsFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    title\n    theme {\n      code\n      number\n      title\n    }\n    municipality {\n      code\n      name\n    }\n    indicator\n    direction\n    target\n    targetUpper\n    margin\n    deadline\n    latestValue\n    latestValueDate\n    status\n    staleAfterDays\n    basis\n    unit\n    history {\n      value\n      date\n    }\n  }\n": types.GoalFieldsFragmentDoc,
    "\n  query Goals {\n    goals {\n      ...GoalFields\n    }\n    themes {\n      code\n      number\n      title\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n": types.GoalsDocument,
    "\n  mutation CreateGoal($input: GoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation UpdateGoal($id: ID!, $input: GoalInput!) {\n    updateGoal(id: $id, input: $input) {\n      ...GoalFields\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": types.DeleteGoalDocument,
    "\n  mutation ReportGoalValue($id: ID!, $value: Float!, $date: Date!) {\n    reportGoalValue(id: $id, value: $value, date: $date) {\n      ...GoalFields\n    }\n  }\n": types.ReportGoalValueDocument,
    "\n  fragment ThemeSteeringFields on Theme {\n    code\n    status\n    owner\n    progressNote\n    nextMilestone\n    nextMilestoneDate\n    domains {\n      code\n      name\n    }\n    updatedAt\n    updatedBy\n    history {\n      at\n      by\n      field\n      oldValue\n      newValue\n      note\n    }\n  }\n": types.ThemeSteeringFieldsFragmentDoc,
    "\n  mutation SetThemeStatus($code: ID!, $status: ThemeStatus!, $note: String, $asCommonThread: Boolean) {\n    setThemeStatus(code: $code, status: $status, note: $note, asCommonThread: $asCommonThread) {\n      ...ThemeSteeringFields\n    }\n  }\n": types.SetThemeStatusDocument,
    "\n  mutation UpdateTheme($code: ID!, $input: ThemeInput!) {\n    updateTheme(code: $code, input: $input) {\n      ...ThemeSteeringFields\n    }\n  }\n": types.UpdateThemeDocument,
    "\n  query Notes($target: String) {\n    notes(target: $target) {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n  }\n": types.NotesDocument,
    "\n  mutation AddNote($input: NoteInput!) {\n    addNote(input: $input) {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n  }\n": types.AddNoteDocument,
    "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n": types.DeleteNoteDocument,
    "\n  query Steering {\n    region {\n      code\n      name\n    }\n    ...HeadlineFigures\n    themes {\n      code\n      number\n      title\n      summary\n      status\n      owner\n      progressNote\n      nextMilestone\n      nextMilestoneDate\n      parent {\n        code\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    goals {\n      id\n      title\n      status\n      indicator\n      direction\n      target\n      targetUpper\n      deadline\n      latestValue\n      latestValueDate\n      basis\n      unit\n      theme {\n        code\n        number\n        title\n      }\n      municipality {\n        code\n        name\n      }\n    }\n    notes {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n    signals {\n      ...SignalListFields\n    }\n    explanations {\n      ...ExplanationFields\n    }\n  }\n": types.SteeringDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlowMonthFields on FlowMonth {\n    month\n    inflow\n    outflow\n    shareWithinNorm\n    medianDays\n    p80Days\n    normDays\n    throughputHidden\n  }\n"): (typeof documents)["\n  fragment FlowMonthFields on FlowMonth {\n    month\n    inflow\n    outflow\n    shareWithinNorm\n    medianDays\n    p80Days\n    normDays\n    throughputHidden\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityFlows($code: ID!) {\n    suppressBelow\n    municipality(code: $code) {\n      code\n      flows {\n        ...FlowMonthFields\n      }\n    }\n    flows {\n      months\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityFlows($code: ID!) {\n    suppressBelow\n    municipality(code: $code) {\n      code\n      flows {\n        ...FlowMonthFields\n      }\n    }\n    flows {\n      months\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Flows {\n    suppressBelow\n    flows {\n      months\n      region {\n        ...FlowMonthFields\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Flows {\n    suppressBelow\n    flows {\n      months\n      region {\n        ...FlowMonthFields\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplanationFields on Explanation {\n    id\n    peildatum\n    figure\n    municipality {\n      code\n      name\n    }\n    domain {\n      code\n      name\n    }\n    text\n    version\n  }\n"): (typeof documents)["\n  fragment ExplanationFields on Explanation {\n    id\n    peildatum\n    figure\n    municipality {\n      code\n      name\n    }\n    domain {\n      code\n      name\n    }\n    text\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Explanations {\n    explanations {\n      ...ExplanationFields\n    }\n  }\n"): (typeof documents)["\n  query Explanations {\n    explanations {\n      ...ExplanationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddExplanation($input: ExplanationInput!) {\n    addExplanation(input: $input) {\n      ...ExplanationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddExplanation($input: ExplanationInput!) {\n    addExplanation(input: $input) {\n      ...ExplanationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExplanation($id: ID!, $version: Int!, $text: String!) {\n    updateExplanation(id: $id, version: $version, text: $text) {\n      ...ExplanationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExplanation($id: ID!, $version: Int!, $text: String!) {\n    updateExplanation(id: $id, version: $version, text: $text) {\n      ...ExplanationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveExplanation($id: ID!, $version: Int!) {\n    removeExplanation(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveExplanation($id: ID!, $version: Int!) {\n    removeExplanation(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplanationDomains($peildatum: Date!) {\n    caseload(peildatum: $peildatum) {\n      peildatum\n      byDomain {\n        ...DomainCountFields\n      }\n      byMunicipality {\n        municipality {\n          code\n        }\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplanationDomains($peildatum: Date!) {\n    caseload(peildatum: $peildatum) {\n      peildatum\n      byDomain {\n        ...DomainCountFields\n      }\n      byMunicipality {\n        municipality {\n          code\n        }\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source {\n    document\n    section\n    note\n    title\n    url\n  }\n"): (typeof documents)["\n  fragment SourceFields on Source {\n    document\n    section\n    note\n    title\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainCountFields on DomainCaseCount {\n    domain {\n      code\n      name\n    }\n    count\n    suppressed\n  }\n"): (typeof documents)["\n  fragment DomainCountFields on DomainCaseCount {\n    domain {\n      code\n      name\n    }\n    count\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseCountFields on MunicipalityCaseCount {\n    municipality {\n      code\n      name\n    }\n    count\n    suppressed\n    shareOfAssigned\n    per10kInhabitants\n    populationYear\n  }\n"): (typeof documents)["\n  fragment CaseCountFields on MunicipalityCaseCount {\n    municipality {\n      code\n      name\n    }\n    count\n    suppressed\n    shareOfAssigned\n    per10kInhabitants\n    populationYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SnapshotTotals on CaseloadSnapshot {\n    peildatum\n    peildatumPrecision\n    total\n    unspecified\n    changeFromPrevious\n    per10kInhabitants\n    regionPopulation {\n      inhabitants\n      years\n      complete\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment SnapshotTotals on CaseloadSnapshot {\n    peildatum\n    peildatumPrecision\n    total\n    unspecified\n    changeFromPrevious\n    per10kInhabitants\n    regionPopulation {\n      inhabitants\n      years\n      complete\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SnapshotFields on CaseloadSnapshot {\n    ...SnapshotTotals\n    byMunicipality {\n      ...CaseCountFields\n    }\n  }\n"): (typeof documents)["\n  fragment SnapshotFields on CaseloadSnapshot {\n    ...SnapshotTotals\n    byMunicipality {\n      ...CaseCountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeadlineFigures on Query {\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    caseloadBreakdown {\n      ...SnapshotFields\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n"): (typeof documents)["\n  fragment HeadlineFigures on Query {\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    caseloadBreakdown {\n      ...SnapshotFields\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContributionYearFields on ContributionYear {\n    year\n    totalEur\n    changeFromPreviousYear\n    perInhabitantEur\n    source {\n      ...SourceFields\n    }\n    byMunicipality {\n      municipality {\n        code\n        name\n      }\n      amountEur\n      shareOfTotal\n      changeFromPreviousYear\n      perInhabitantEur\n      populationYear\n      inhabitants\n    }\n  }\n"): (typeof documents)["\n  fragment ContributionYearFields on ContributionYear {\n    year\n    totalEur\n    changeFromPreviousYear\n    perInhabitantEur\n    source {\n      ...SourceFields\n    }\n    byMunicipality {\n      municipality {\n        code\n        name\n      }\n      amountEur\n      shareOfTotal\n      changeFromPreviousYear\n      perInhabitantEur\n      populationYear\n      inhabitants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      method\n      provider\n      createdAt\n      lastUsedAt\n      client\n      address\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      method\n      provider\n      createdAt\n      lastUsedAt\n      client\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMySession($id: ID!) {\n    endMySession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndMySession($id: ID!) {\n    endMySession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMyOtherSessions {\n    endMyOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndMyOtherSessions {\n    endMyOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecondFactors {\n    me {\n      username\n      secondFactors\n    }\n    signInStep {\n      required\n    }\n  }\n"): (typeof documents)["\n  query MySecondFactors {\n    me {\n      username\n      secondFactors\n    }\n    signInStep {\n      required\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPasskeys {\n    myPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n"): (typeof documents)["\n  query MyPasskeys {\n    myPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTotp {\n    removeTotp\n  }\n"): (typeof documents)["\n  mutation RemoveTotp {\n    removeTotp\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    flowConsistency {\n      checked {\n        from\n        to\n        months\n      }\n      mismatches {\n        from\n        to\n        months\n        municipalityCode\n        municipality\n        unspecified\n        expected\n        actual\n      }\n      unchecked {\n        from\n        to\n        months\n      }\n    }\n    kind\n    dryRun\n    rowsRead\n    added\n    changed\n    unchanged\n    removed\n    moreErrors\n    errors {\n      line\n      column\n      message\n    }\n    changes {\n      key\n      effect\n      added\n      changed\n      unchanged\n      removed\n      totalBefore\n      totalAfter\n    }\n    rowChanges {\n      key\n      effect\n      scope\n      municipalityCode\n      municipality\n      domainCode\n      domain\n      fundingCode\n      fundingSource\n      before\n      after\n      textBefore\n      textAfter\n    }\n    moreRowChanges\n  }\n"): (typeof documents)["\n  fragment ImportReportFields on ImportReport {\n    flowConsistency {\n      checked {\n        from\n        to\n        months\n      }\n      mismatches {\n        from\n        to\n        months\n        municipalityCode\n        municipality\n        unspecified\n        expected\n        actual\n      }\n      unchecked {\n        from\n        to\n        months\n      }\n    }\n    kind\n    dryRun\n    rowsRead\n    added\n    changed\n    unchanged\n    removed\n    moreErrors\n    errors {\n      line\n      column\n      message\n    }\n    changes {\n      key\n      effect\n      added\n      changed\n      unchanged\n      removed\n      totalBefore\n      totalAfter\n    }\n    rowChanges {\n      key\n      effect\n      scope\n      municipalityCode\n      municipality\n      domainCode\n      domain\n      fundingCode\n      fundingSource\n      before\n      after\n      textBefore\n      textAfter\n    }\n    moreRowChanges\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportFormats {\n    importFormats {\n      kind\n      template\n      columns {\n        name\n        required\n        accepts {\n          code\n          name\n        }\n        alsoAccepts\n        mayBeEmpty\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportFormats {\n    importFormats {\n      kind\n      template\n      columns {\n        name\n        required\n        accepts {\n          code\n          name\n        }\n        alsoAccepts\n        mayBeEmpty\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataVersions($kind: ImportKind) {\n    dataVersions(kind: $kind) {\n      id\n      kind\n      key\n      replacedAt\n      replacedBy\n      rows\n      total\n      current\n    }\n  }\n"): (typeof documents)["\n  query DataVersions($kind: ImportKind) {\n    dataVersions(kind: $kind) {\n      id\n      kind\n      key\n      replacedAt\n      replacedBy\n      rows\n      total\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreVersion($id: ID!, $dryRun: Boolean) {\n    restoreVersion(id: $id, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreVersion($id: ID!, $dryRun: Boolean) {\n    restoreVersion(id: $id, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $limit: Int, $offset: Int) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      at\n      actor\n      action\n      object\n      result\n      origin\n      detail\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $limit: Int, $offset: Int) {\n    auditLog(filter: $filter, limit: $limit, offset: $offset) {\n      at\n      actor\n      action\n      object\n      result\n      origin\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditNames {\n    themes {\n      code\n      title\n    }\n    knowledgeDomains {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditNames {\n    themes {\n      code\n      title\n    }\n    knowledgeDomains {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    username\n    role\n    active\n    lastLoginAt\n    activeSessions\n    secondFactors\n    signInProvider {\n      id\n      label\n    }\n    municipality {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    username\n    role\n    active\n    lastLoginAt\n    activeSessions\n    secondFactors\n    signInProvider {\n      id\n      label\n    }\n    municipality {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserRowFields\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserRowFields\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($username: String!, $role: Role!, $municipalityCode: ID) {\n    setUserRole(username: $username, role: $role, municipalityCode: $municipalityCode) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($username: String!, $role: Role!, $municipalityCode: ID) {\n    setUserRole(username: $username, role: $role, municipalityCode: $municipalityCode) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($username: String!) {\n    deactivateUser(username: $username) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($username: String!) {\n    deactivateUser(username: $username) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($username: String!) {\n    reactivateUser(username: $username) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($username: String!) {\n    reactivateUser(username: $username) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSessions($username: String!) {\n    endSessions(username: $username)\n  }\n"): (typeof documents)["\n  mutation EndSessions($username: String!) {\n    endSessions(username: $username)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockLogins($username: String!) {\n    unlockLogins(username: $username)\n  }\n"): (typeof documents)["\n  mutation UnlockLogins($username: String!) {\n    unlockLogins(username: $username)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSecondFactor($username: String!) {\n    resetSecondFactor(username: $username)\n  }\n"): (typeof documents)["\n  mutation ResetSecondFactor($username: String!) {\n    resetSecondFactor(username: $username)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($peildatum: Date) {\n    suppressBelow\n    municipalities {\n      code\n      name\n    }\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    caseload(peildatum: $peildatum) {\n      ...SnapshotFields\n      byMunicipality {\n        municipality {\n          code\n        }\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n      byDomain {\n        ...DomainCountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($peildatum: Date) {\n    suppressBelow\n    municipalities {\n      code\n      name\n    }\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    caseload(peildatum: $peildatum) {\n      ...SnapshotFields\n      byMunicipality {\n        municipality {\n          code\n        }\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n      byDomain {\n        ...DomainCountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators {\n    indicators {\n      code\n      status\n      lastUpdate {\n        peildatum\n        year\n        populationYear\n        month\n        changedOn\n      }\n      nextUpdate\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Indicators {\n    indicators {\n      code\n      status\n      lastUpdate {\n        peildatum\n        year\n        populationYear\n        month\n        changedOn\n      }\n      nextUpdate\n      sources {\n        ...SourceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Finance {\n    contributionHistory {\n      ...ContributionYearFields\n    }\n    caseload {\n      peildatum\n      peildatumPrecision\n      byMunicipality {\n        municipality {\n          code\n        }\n        count\n        shareOfAssigned\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    fundingSources {\n      code\n      name\n      amountEurPerYear\n      structural\n      fromYear\n      description\n      source {\n        ...SourceFields\n      }\n    }\n    capacity {\n      label\n      stage\n      fte\n      temporaryFte\n      source {\n        ...SourceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Finance {\n    contributionHistory {\n      ...ContributionYearFields\n    }\n    caseload {\n      peildatum\n      peildatumPrecision\n      byMunicipality {\n        municipality {\n          code\n        }\n        count\n        shareOfAssigned\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    fundingSources {\n      code\n      name\n      amountEurPerYear\n      structural\n      fromYear\n      description\n      source {\n        ...SourceFields\n      }\n    }\n    capacity {\n      label\n      stage\n      fte\n      temporaryFte\n      source {\n        ...SourceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityComparison($code: ID!) {\n    caseloadSnapshots {\n      peildatum\n      peildatumPrecision\n    }\n    caseload {\n      peildatum\n      source {\n        ...SourceFields\n      }\n    }\n    contributionHistory {\n      year\n      source {\n        ...SourceFields\n      }\n    }\n    municipality(code: $code) {\n      code\n      # The same fields as every query of a municipality's inhabitants: the cache keeps one population object.\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    municipalityComparison(code: $code) {\n      municipality {\n        code\n        name\n      }\n      peildatum\n      previousPeildatum\n      contributionYear\n      populationYear\n      assignedCases\n      figures {\n        kind\n        own\n        reference\n        difference\n        relativeDifference\n        direction\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityComparison($code: ID!) {\n    caseloadSnapshots {\n      peildatum\n      peildatumPrecision\n    }\n    caseload {\n      peildatum\n      source {\n        ...SourceFields\n      }\n    }\n    contributionHistory {\n      year\n      source {\n        ...SourceFields\n      }\n    }\n    municipality(code: $code) {\n      code\n      # The same fields as every query of a municipality's inhabitants: the cache keeps one population object.\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    municipalityComparison(code: $code) {\n      municipality {\n        code\n        name\n      }\n      peildatum\n      previousPeildatum\n      contributionYear\n      populationYear\n      assignedCases\n      figures {\n        kind\n        own\n        reference\n        difference\n        relativeDifference\n        direction\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionFiguresFields on RegionFigures {\n    code\n    name\n    peildatum\n    total\n    inhabitants\n    per10kInhabitants\n  }\n"): (typeof documents)["\n  fragment RegionFiguresFields on RegionFigures {\n    code\n    name\n    peildatum\n    total\n    inhabitants\n    per10kInhabitants\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalComparison {\n    region {\n      code\n      name\n    }\n    nationalComparison {\n      peildatum\n      regionsInDatabase\n      regionsCompared\n      regionsLeftOut\n      nationalPer10k\n      own {\n        ...RegionFiguresFields\n      }\n      figure {\n        own\n        reference\n        relativeDifference\n        direction\n      }\n      similar {\n        ...RegionFiguresFields\n      }\n      leftOut {\n        code\n        name\n        peildatum\n        reason\n        isServedRegion\n      }\n    }\n  }\n"): (typeof documents)["\n  query NationalComparison {\n    region {\n      code\n      name\n    }\n    nationalComparison {\n      peildatum\n      regionsInDatabase\n      regionsCompared\n      regionsLeftOut\n      nationalPer10k\n      own {\n        ...RegionFiguresFields\n      }\n      figure {\n        own\n        reference\n        relativeDifference\n        direction\n      }\n      similar {\n        ...RegionFiguresFields\n      }\n      leftOut {\n        code\n        name\n        peildatum\n        reason\n        isServedRegion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Factsheet($code: ID!) {\n    region {\n      code\n      name\n    }\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    municipality(code: $code) {\n      code\n      name\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n      caseloadHistory {\n        peildatum\n        count\n        shareOfAssigned\n        per10kInhabitants\n        populationYear\n      }\n    }\n    municipalities {\n      code\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n"): (typeof documents)["\n  query Factsheet($code: ID!) {\n    region {\n      code\n      name\n    }\n    caseloadSnapshots {\n      ...SnapshotTotals\n    }\n    municipality(code: $code) {\n      code\n      name\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n      caseloadHistory {\n        peildatum\n        count\n        shareOfAssigned\n        per10kInhabitants\n        populationYear\n      }\n    }\n    municipalities {\n      code\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityHistory($code: ID!) {\n    suppressBelow\n    caseloadSnapshots {\n      peildatum\n      peildatumPrecision\n      source {\n        ...SourceFields\n      }\n    }\n    municipality(code: $code) {\n      code\n      caseloadHistory {\n        peildatum\n        count\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityHistory($code: ID!) {\n    suppressBelow\n    caseloadSnapshots {\n      peildatum\n      peildatumPrecision\n      source {\n        ...SourceFields\n      }\n    }\n    municipality(code: $code) {\n      code\n      caseloadHistory {\n        peildatum\n        count\n        byDomain {\n          ...DomainCountFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityView {\n    municipalities {\n      code\n      name\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    caseload {\n      ...SnapshotFields\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityView {\n    municipalities {\n      code\n      name\n      population {\n        year\n        inhabitants\n        source {\n          ...SourceFields\n        }\n      }\n    }\n    caseload {\n      ...SnapshotFields\n    }\n    contributionHistory {\n      ...ContributionYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview {\n    ...HeadlineFigures\n    themes {\n      code\n      number\n      title\n      status\n    }\n    goals {\n      id\n      title\n      status\n    }\n    signals {\n      ...SignalListFields\n    }\n  }\n"): (typeof documents)["\n  query Overview {\n    ...HeadlineFigures\n    themes {\n      code\n      number\n      title\n      status\n    }\n    goals {\n      id\n      title\n      status\n    }\n    signals {\n      ...SignalListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Priorities {\n    themes {\n      code\n      number\n      title\n      summary\n      status\n      keyFacts\n      parent {\n        code\n      }\n      source {\n        ...SourceFields\n      }\n      ...ThemeSteeringFields\n    }\n    knowledgeDomains {\n      code\n      name\n      description\n      source {\n        ...SourceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Priorities {\n    themes {\n      code\n      number\n      title\n      summary\n      status\n      keyFacts\n      parent {\n        code\n      }\n      source {\n        ...SourceFields\n      }\n      ...ThemeSteeringFields\n    }\n    knowledgeDomains {\n      code\n      name\n      description\n      source {\n        ...SourceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n"): (typeof documents)["\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyPasskeyRegistration($response: String!, $name: String!) {\n    verifyPasskeyRegistration(response: $response, name: $name) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyPasskeyRegistration($response: String!, $name: String!) {\n    verifyPasskeyRegistration(response: $response, name: $name) {\n      passkey {\n        id\n        name\n      }\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyAuthenticationOptions {\n    passkeyAuthenticationOptions\n  }\n"): (typeof documents)["\n  mutation PasskeyAuthenticationOptions {\n    passkeyAuthenticationOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyPasskeyAuthentication($response: String!) {\n    verifyPasskeyAuthentication(response: $response) {\n      ...SignInStepFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyPasskeyAuthentication($response: String!) {\n    verifyPasskeyAuthentication(response: $response) {\n      ...SignInStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRegion {\n    region {\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestRegion {\n    region {\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    username\n    role\n    active\n    municipality {\n      code\n      name\n    }\n    signInProvider {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    username\n    role\n    active\n    municipality {\n      code\n      name\n    }\n    signInProvider {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n    region {\n      code\n      name\n    }\n    deployment {\n      demonstration\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n    region {\n      code\n      name\n    }\n    deployment {\n      demonstration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignInStepFields on SignInStep {\n    next\n    methods\n    required\n    user {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  fragment SignInStepFields on SignInStep {\n    next\n    methods\n    required\n    user {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInStep {\n    signInStep {\n      ...SignInStepFields\n    }\n  }\n"): (typeof documents)["\n  query SignInStep {\n    signInStep {\n      ...SignInStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignInStepFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SignInStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      ...SignInStepFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      ...SignInStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      remaining\n      step {\n        ...SignInStepFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      remaining\n      step {\n        ...SignInStepFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      uri\n      qrSvg\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      uri\n      qrSvg\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      passwordLogin\n      providers {\n        id\n        label\n      }\n    }\n    deployment {\n      demonstration\n      demoAccounts {\n        username\n        password\n        role\n        municipalityName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      passwordLogin\n      providers {\n        id\n        label\n      }\n    }\n    deployment {\n      demonstration\n      demoAccounts {\n        username\n        password\n        role\n        municipalityName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deployment {\n    deployment {\n      demonstration\n    }\n  }\n"): (typeof documents)["\n  query Deployment {\n    deployment {\n      demonstration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderLogout {\n    providerLogout {\n      label\n      url\n    }\n  }\n"): (typeof documents)["\n  query ProviderLogout {\n    providerLogout {\n      label\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignalListFields on SignalList {\n    signals {\n      rule\n      severity\n      figure\n      municipality {\n        code\n        name\n      }\n      domain {\n        code\n        name\n      }\n      goal {\n        id\n        title\n        indicator\n        unit\n      }\n      date\n      value\n      direction\n      median\n      mad\n      low\n      high\n      crossedSince\n    }\n    shortfalls {\n      rule\n      appliesToAll\n      figure\n      municipality {\n        code\n        name\n      }\n      domain {\n        code\n        name\n      }\n      counts\n      needed\n    }\n  }\n"): (typeof documents)["\n  fragment SignalListFields on SignalList {\n    signals {\n      rule\n      severity\n      figure\n      municipality {\n        code\n        name\n      }\n      domain {\n        code\n        name\n      }\n      goal {\n        id\n        title\n        indicator\n        unit\n      }\n      date\n      value\n      direction\n      median\n      mad\n      low\n      high\n      crossedSince\n    }\n    shortfalls {\n      rule\n      appliesToAll\n      figure\n      municipality {\n        code\n        name\n      }\n      domain {\n        code\n        name\n      }\n      counts\n      needed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalFields on Goal {\n    id\n    title\n    theme {\n      code\n      number\n      title\n    }\n    municipality {\n      code\n      name\n    }\n    indicator\n    direction\n    target\n    targetUpper\n    margin\n    deadline\n    latestValue\n    latestValueDate\n    status\n    staleAfterDays\n    basis\n    unit\n    history {\n      value\n      date\n    }\n  }\n"): (typeof documents)["\n  fragment GoalFields on Goal {\n    id\n    title\n    theme {\n      code\n      number\n      title\n    }\n    municipality {\n      code\n      name\n    }\n    indicator\n    direction\n    target\n    targetUpper\n    margin\n    deadline\n    latestValue\n    latestValueDate\n    status\n    staleAfterDays\n    basis\n    unit\n    history {\n      value\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Goals {\n    goals {\n      ...GoalFields\n    }\n    themes {\n      code\n      number\n      title\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Goals {\n    goals {\n      ...GoalFields\n    }\n    themes {\n      code\n      number\n      title\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: GoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: GoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($id: ID!, $input: GoalInput!) {\n    updateGoal(id: $id, input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($id: ID!, $input: GoalInput!) {\n    updateGoal(id: $id, input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportGoalValue($id: ID!, $value: Float!, $date: Date!) {\n    reportGoalValue(id: $id, value: $value, date: $date) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportGoalValue($id: ID!, $value: Float!, $date: Date!) {\n    reportGoalValue(id: $id, value: $value, date: $date) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeSteeringFields on Theme {\n    code\n    status\n    owner\n    progressNote\n    nextMilestone\n    nextMilestoneDate\n    domains {\n      code\n      name\n    }\n    updatedAt\n    updatedBy\n    history {\n      at\n      by\n      field\n      oldValue\n      newValue\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment ThemeSteeringFields on Theme {\n    code\n    status\n    owner\n    progressNote\n    nextMilestone\n    nextMilestoneDate\n    domains {\n      code\n      name\n    }\n    updatedAt\n    updatedBy\n    history {\n      at\n      by\n      field\n      oldValue\n      newValue\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThemeStatus($code: ID!, $status: ThemeStatus!, $note: String, $asCommonThread: Boolean) {\n    setThemeStatus(code: $code, status: $status, note: $note, asCommonThread: $asCommonThread) {\n      ...ThemeSteeringFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetThemeStatus($code: ID!, $status: ThemeStatus!, $note: String, $asCommonThread: Boolean) {\n    setThemeStatus(code: $code, status: $status, note: $note, asCommonThread: $asCommonThread) {\n      ...ThemeSteeringFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTheme($code: ID!, $input: ThemeInput!) {\n    updateTheme(code: $code, input: $input) {\n      ...ThemeSteeringFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTheme($code: ID!, $input: ThemeInput!) {\n    updateTheme(code: $code, input: $input) {\n      ...ThemeSteeringFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notes($target: String) {\n    notes(target: $target) {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Notes($target: String) {\n    notes(target: $target) {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNote($input: NoteInput!) {\n    addNote(input: $input) {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddNote($input: NoteInput!) {\n    addNote(input: $input) {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Steering {\n    region {\n      code\n      name\n    }\n    ...HeadlineFigures\n    themes {\n      code\n      number\n      title\n      summary\n      status\n      owner\n      progressNote\n      nextMilestone\n      nextMilestoneDate\n      parent {\n        code\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    goals {\n      id\n      title\n      status\n      indicator\n      direction\n      target\n      targetUpper\n      deadline\n      latestValue\n      latestValueDate\n      basis\n      unit\n      theme {\n        code\n        number\n        title\n      }\n      municipality {\n        code\n        name\n      }\n    }\n    notes {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n    signals {\n      ...SignalListFields\n    }\n    explanations {\n      ...ExplanationFields\n    }\n  }\n"): (typeof documents)["\n  query Steering {\n    region {\n      code\n      name\n    }\n    ...HeadlineFigures\n    themes {\n      code\n      number\n      title\n      summary\n      status\n      owner\n      progressNote\n      nextMilestone\n      nextMilestoneDate\n      parent {\n        code\n      }\n      source {\n        ...SourceFields\n      }\n    }\n    goals {\n      id\n      title\n      status\n      indicator\n      direction\n      target\n      targetUpper\n      deadline\n      latestValue\n      latestValueDate\n      basis\n      unit\n      theme {\n        code\n        number\n        title\n      }\n      municipality {\n        code\n        name\n      }\n    }\n    notes {\n      id\n      target\n      peildatum\n      text\n      author\n      createdAt\n    }\n    signals {\n      ...SignalListFields\n    }\n    explanations {\n      ...ExplanationFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;