/**
 * The messages now live in src/protocol/ (one schema per message, typed replies, one router per
 * receiver). This module re-exports them so code written against the old path still builds; new
 * code imports from src/protocol.
 */
export * from './protocol';
