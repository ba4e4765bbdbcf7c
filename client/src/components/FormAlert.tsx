/**
 * The alert region of a form. It is always in the page, empty until there is something to say, so
 * that screen readers announce the messages the moment they appear.
 */
export function FormAlert({ title, messages }: { title?: string; messages: string[] }) {
  return (
    <div role="alert" className="zv-form__alert">
      {messages.length === 0 ? null : (
        <div className="zv-alert">
          {title ? <p className="utrecht-paragraph">{title}</p> : null}
          {title || messages.length > 1 ? (
            <ul className="zv-alert__list">
              {messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : (
            <p className="utrecht-paragraph">{messages[0]}</p>
          )}
        </div>
      )}
    </div>
  );
}
