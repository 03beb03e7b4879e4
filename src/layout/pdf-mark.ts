/** Written as Creator into every PDF. */
export const PDF_CREATOR = 'gesprekskit';

/**
 * "This PDF is ours, as we wrote it": an entry in the document info that the Node shell fills
 * with the SHA-256 of the file itself (with these zeros in place of the digits), once the
 * file is complete (files/pdf-seal.ts). A build only replaces a PDF whose seal matches its
 * bytes: a foreign file, or one of ours changed afterwards, is left alone. Kept apart from
 * pdf.ts so that checking a file does not load pdfkit.
 */
export const PDF_SEAL_KEY = 'GesprekskitSeal';
export const PDF_SEAL_PREFIX = 'gesprekskit-sha256:';
export const PDF_SEAL_PLACEHOLDER = PDF_SEAL_PREFIX + '0'.repeat(64);
