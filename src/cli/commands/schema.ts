import type { CommandModule } from 'yargs';
import { lessonJsonSchema } from '../../lesson/json-schema.js';
import type { CliIO } from '../io.js';

export function schemaCommand(io: CliIO, done: (code: number) => void): CommandModule {
  return {
    command: 'schema',
    describe: 'Print the JSON Schema of lesson files (for editors such as VS Code)',
    handler: () => {
      io.out(JSON.stringify(lessonJsonSchema(), null, 2));
      done(0);
    },
  };
}
