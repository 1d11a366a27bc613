/** Readability and the extraction around it, for the page when it must read itself (page-modules.ts). */
export * from '../../core/article/extract';
