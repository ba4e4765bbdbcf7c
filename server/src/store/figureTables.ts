/**
 * Tables holding figures, children before parents (the order to empty them in) when the region
 * being cleared is the database's only one: then everything of its deployment goes. The same
 * list for both stores (sqlite/seed.ts, postgres/seed.ts).
 */
export const FIGURE_TABLES = [
  // Versions kept by imports refer to the sources of figures that are being emptied.
  'data_version',
  'funding_amount',
  // Steering refers to themes and domains: goals, notes and edits go with a reset too.
  'goal_value',
  'goal',
  'theme_domain',
  'theme_edit',
  'note',
  'explanation',
  'flow_count',
  'flow_month',
  'caseload_count',
  'caseload_snapshot',
  'contribution',
  'contribution_year',
  'funding_source',
  'capacity_figure',
  'theme',
  'population',
  'knowledge_domain',
  'municipality',
  'region',
  'source',
] as const;
