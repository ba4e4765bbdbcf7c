import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../log.js';

/** The GraphQL error shape, so that clients read HTTP-level refusals the same way (with the English beside it where given). */
export function errorBody(message: string, code: string, messageEn?: string) {
  return { errors: [{ message, extensions: messageEn === undefined ? { code } : { code, messageEn } }] };
}

/** POST /graphql only takes JSON; anything else gets a clear 415 before Apollo sees it. */
export const requireJson: RequestHandler = (req, res, next) => {
  if (req.method === 'POST' && !req.is('application/json')) {
    res
      .status(415)
      .json(
        errorBody(
          'Stuur GraphQL-aanvragen als JSON met de header "Content-Type: application/json".',
          'BAD_REQUEST',
          'Send GraphQL requests as JSON with the header "Content-Type: application/json".',
        ),
      );
    return;
  }
  next();
};

/**
 * The last handler: body-parser's refusals become 4xx with a message a person can act on;
 * anything else is logged with its stack and answered with a generic 500. Nothing of the
 * error itself (stack, SQL, paths) is sent.
 */
export function httpErrorHandler(logger: Logger, maxBody: string): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = (error as { type?: string }).type;
    if (type === 'entity.parse.failed') {
      res
        .status(400)
        .json(
          errorBody(
            'De aanvraag is geen geldige JSON. Controleer de body van het verzoek.',
            'BAD_REQUEST',
            'The request is not valid JSON. Check the body of the request.',
          ),
        );
      return;
    }
    if (type === 'entity.too.large') {
      res
        .status(413)
        .json(
          errorBody(
            `De aanvraag is te groot: de grens is ${maxBody}.`,
            'PAYLOAD_TOO_LARGE',
            `The request is too large: the limit is ${maxBody}.`,
          ),
        );
      return;
    }
    const status = Number((error as { status?: number }).status);
    if (status >= 400 && status < 500) {
      res.status(status).json(errorBody('De aanvraag kan niet worden verwerkt.', 'BAD_REQUEST', 'The request cannot be processed.'));
      return;
    }
    logger.error('HTTP error', { method: req.method, path: req.path, stack: (error as Error)?.stack ?? String(error) });
    res.status(500).json(errorBody('Er ging iets mis op de server. Probeer het later opnieuw.', 'INTERNAL_SERVER_ERROR'));
  };
}
