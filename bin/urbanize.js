#!/usr/bin/env node
// The urbanize command; the code lives in dist/ (built by `npm run build`).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv);
