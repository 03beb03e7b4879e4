import { KitError } from '../errors.js';
import { PIECES, type Piece } from './pieces.js';

export function pieceById(id: string): Piece {
  const piece = PIECES.find((p) => p.id === id);
  if (!piece) throw new KitError({ code: 'GK_UNKNOWN_PIECE', message: `there is no piece "${id}"`, hint: `Pieces: ${PIECES.map((p) => p.id).join(', ')}.` });
  return piece;
}
