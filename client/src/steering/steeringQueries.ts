import { graphql } from '../generated';

/** A goal as the goals page and the overview show it. */
export const GoalFields = graphql(`
  fragment GoalFields on Goal {
    id
    title
    theme {
      code
      number
      title
    }
    municipality {
      code
      name
    }
    indicator
    direction
    target
    targetUpper
    margin
    deadline
    latestValue
    latestValueDate
    status
    staleAfterDays
    basis
    unit
    history {
      value
      date
    }
  }
`);

export const GoalsQuery = graphql(`
  query Goals {
    goals {
      ...GoalFields
    }
    themes {
      code
      number
      title
    }
    municipalities {
      code
      name
    }
  }
`);

export const CreateGoalMutation = graphql(`
  mutation CreateGoal($input: GoalInput!) {
    createGoal(input: $input) {
      ...GoalFields
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($id: ID!, $input: GoalInput!) {
    updateGoal(id: $id, input: $input) {
      ...GoalFields
    }
  }
`);

export const DeleteGoalMutation = graphql(`
  mutation DeleteGoal($id: ID!) {
    deleteGoal(id: $id)
  }
`);

export const ReportGoalValueMutation = graphql(`
  mutation ReportGoalValue($id: ID!, $value: Float!, $date: Date!) {
    reportGoalValue(id: $id, value: $value, date: $date) {
      ...GoalFields
    }
  }
`);

/** A theme's steering fields, with its edit history. */
export const ThemeSteeringFields = graphql(`
  fragment ThemeSteeringFields on Theme {
    code
    status
    owner
    progressNote
    nextMilestone
    nextMilestoneDate
    domains {
      code
      name
    }
    updatedAt
    updatedBy
    history {
      at
      by
      field
      oldValue
      newValue
      note
    }
  }
`);

export const SetThemeStatusMutation = graphql(`
  mutation SetThemeStatus($code: ID!, $status: ThemeStatus!, $note: String, $asCommonThread: Boolean) {
    setThemeStatus(code: $code, status: $status, note: $note, asCommonThread: $asCommonThread) {
      ...ThemeSteeringFields
    }
  }
`);

export const UpdateThemeMutation = graphql(`
  mutation UpdateTheme($code: ID!, $input: ThemeInput!) {
    updateTheme(code: $code, input: $input) {
      ...ThemeSteeringFields
    }
  }
`);

export const NotesQuery = graphql(`
  query Notes($target: String) {
    notes(target: $target) {
      id
      target
      peildatum
      text
      author
      createdAt
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddNote($input: NoteInput!) {
    addNote(input: $input) {
      id
      target
      peildatum
      text
      author
      createdAt
    }
  }
`);

export const DeleteNoteMutation = graphql(`
  mutation DeleteNote($id: ID!) {
    deleteNote(id: $id)
  }
`);
