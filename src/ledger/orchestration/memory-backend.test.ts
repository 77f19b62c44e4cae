import { memorySubject, runLedgerConformance } from '../../../test/conformance/index.js';

runLedgerConformance('memory', memorySubject, { atomic: false });
