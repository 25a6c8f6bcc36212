#!/usr/bin/env node
// The command is TypeScript; tsx's loader runs it straight from the installed sources.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
