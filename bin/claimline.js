#!/usr/bin/env node
import process from 'node:process';
import { main } from '../dist/cli/main.js';

// `claimline timeline | head`: a reader that stops early is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
