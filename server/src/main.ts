import { ConfigError, readConfig } from './config.js';
import { serve } from './serve.js';
import { StoreOpenError } from './store/index.js';

serve(readConfig(process.env)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoreOpenError) {
    console.error(`Fout bij het starten: ${error.message}`);
  } else {
    console.error('Fout bij het starten:', error);
  }
  process.exit(1);
});
