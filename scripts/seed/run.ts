/** npm run seed -- [options]: generates CRM logs and bulk-loads them into the dev/test cluster. */
import { seedCommand } from './seedCommand';

process.exitCode = await seedCommand(process.argv.slice(2));
