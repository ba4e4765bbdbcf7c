import { useApolloClient } from '@apollo/client/react';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { ActionPanel } from './ActionPanel';
import { useSaving } from './SavingForm';

/** A question before an action that cannot be undone (ending a session, removing a passkey), with the saving state and the server's refusal in words. */
export function ConfirmAction({
  question,
  yes,
  action,
  onDone,
  onCancel,
}: {
  question: string;
  yes: MessageKey;
  action: (client: ReturnType<typeof useApolloClient>) => Promise<string>;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  const client = useApolloClient();
  const saving = useSaving();

  async function submit() {
    let message = '';
    const ended = await saving.save(async () => {
      message = await action(client);
    });
    if (ended) await onDone(message);
  }

  return <ActionPanel label={question} saving={saving} submitLabel={t(yes)} danger onSubmit={submit} onCancel={onCancel} />;
}

/** The confirmation as a row of its own under the table row it is about, across all `colSpan` columns. */
export function ConfirmRow({ colSpan, ...confirm }: Parameters<typeof ConfirmAction>[0] & { colSpan: number }) {
  return (
    <tr className="utrecht-table__row">
      <td className="utrecht-table__cell" colSpan={colSpan}>
        <ConfirmAction {...confirm} />
      </td>
    </tr>
  );
}
