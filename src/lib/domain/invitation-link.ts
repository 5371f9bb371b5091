/**
 * The short invitation link: the part after `#`, never sent to any server. A version byte,
 * the organisation's profile in one byte, the two ids, the pack, its version and the language,
 * as bytes in base64url: about 70 characters; then optional fields, each as a tag byte, a length
 * byte and its bytes (the participant's key: 22 characters more). What it carries, and why no
 * names: invitation.ts.
 */
import { issuesOf } from './json-file';
import {
	invitationSchema,
	readInvitationFile,
	type CheckedInvitation,
	type Invitation
} from './invitation';
import { ORG_TYPES, SIZE_BANDS } from './vocabulary';

/** The first byte of a short link; links made before it start with "{" (JSON). */
export const LINK_VERSION = 2;
const MAX_TOKEN_LENGTH = 4000;

// The short link: bytes, then base64url. Ids made by new-id.ts (32 hex digits) take 16 bytes
// instead of 32 characters; every other id is kept as its text. The orders of ORG_TYPES and
// SIZE_BANDS are part of the format: add new values at the end only.

const HEX_ID = /^[0-9a-f]{32}$/;
/** Tags of the optional fields after the language. A reader skips tags it does not know. */
const TAG_SECRET = 1;

class Writer {
	bytes: number[] = [];

	byte(value: number) {
		this.bytes.push(value);
	}

	/** Unsigned LEB128: numbers below 128 take one byte. */
	number(value: number) {
		do {
			const low = value & 0x7f;
			value = Math.floor(value / 128);
			this.byte(value > 0 ? low | 0x80 : low);
		} while (value > 0);
	}

	/** Ids and pack ids are ASCII by their schemas. */
	text(value: string) {
		this.byte(value.length);
		for (const char of value) this.byte(char.charCodeAt(0) & 0x7f);
	}

	id(value: string) {
		if (!HEX_ID.test(value)) return this.text(value);
		this.byte(0);
		for (let i = 0; i < 32; i += 2) this.byte(parseInt(value.slice(i, i + 2), 16));
	}
}

class Reader {
	#at = 0;
	constructor(readonly bytes: Uint8Array) {}

	get isDone(): boolean {
		return this.#at === this.bytes.length;
	}

	byte(): number {
		if (this.#at >= this.bytes.length) throw new RangeError('link too short');
		return this.bytes[this.#at++]!;
	}

	number(): number {
		let value = 0;
		for (let shift = 1; ; shift *= 128) {
			const byte = this.byte();
			value += (byte & 0x7f) * shift;
			if (byte < 0x80) return value;
			if (shift > 2 ** 28) throw new RangeError('number too long');
		}
	}

	text(length = this.byte()): string {
		return String.fromCharCode(...Array.from({ length }, () => this.byte()));
	}

	raw(length: number): Uint8Array {
		return Uint8Array.from({ length }, () => this.byte());
	}

	id(): string {
		const length = this.byte();
		if (length > 0) return this.text(length);
		return Array.from({ length: 16 }, () => this.byte().toString(16).padStart(2, '0')).join('');
	}
}

function base64url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The part after `#` in an invitation link: never sent to any server. */
export function encodeInvitationLink(invitation: Invitation & { locale: string }): string {
	const { profile } = invitation;
	const out = new Writer();
	out.byte(LINK_VERSION);
	const size = profile.size ? SIZE_BANDS.indexOf(profile.size) + 1 : 0;
	out.byte(ORG_TYPES.indexOf(profile.type) * (SIZE_BANDS.length + 1) + size);
	out.id(invitation.assessmentId);
	out.id(invitation.participantId);
	out.text(invitation.packId);
	invitation.packVersion.split('.').forEach((part) => out.number(Number(part)));
	out.text(invitation.locale);
	if (invitation.secret) {
		const secret = fromBase64url(invitation.secret);
		out.byte(TAG_SECRET);
		out.byte(secret.length);
		secret.forEach((byte) => out.byte(byte));
	}
	return base64url(Uint8Array.from(out.bytes));
}

function readLink(bytes: Uint8Array): unknown {
	const input = new Reader(bytes);
	input.byte();
	const profile = input.byte();
	const type = ORG_TYPES[Math.floor(profile / (SIZE_BANDS.length + 1))];
	const size = profile % (SIZE_BANDS.length + 1);
	const invitation: Record<string, unknown> = {
		assessmentId: input.id(),
		participantId: input.id(),
		packId: input.text(),
		packVersion: [input.number(), input.number(), input.number()].join('.'),
		locale: input.text(),
		profile: { type, ...(size > 0 && { size: SIZE_BANDS[size - 1] }) }
	};
	while (!input.isDone) {
		const tag = input.byte();
		const value = input.raw(input.byte());
		if (tag === TAG_SECRET) invitation.secret = base64url(value);
	}
	return invitation;
}

/** Reads the part after `#`: a short link, or a link made before the short format. */
export function decodeInvitationLink(token: string): CheckedInvitation {
	if (token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: { code: 'tooLarge' } };
	let bytes: Uint8Array;
	try {
		bytes = fromBase64url(token);
	} catch {
		return { ok: false, problem: { code: 'damagedLink' } };
	}
	const first = bytes[0];
	if (first === '{'.charCodeAt(0)) {
		try {
			return readInvitationFile(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		} catch {
			return { ok: false, problem: { code: 'damagedLink' } };
		}
	}
	// A version byte from a later app (a damaged link rarely starts with a small number).
	if (first !== undefined && first > LINK_VERSION && first < 16) {
		return { ok: false, problem: { code: 'newerVersion', version: first } };
	}
	if (first !== LINK_VERSION) return { ok: false, problem: { code: 'damagedLink' } };
	let raw: unknown;
	try {
		raw = readLink(bytes);
	} catch {
		return { ok: false, problem: { code: 'damagedLink' } };
	}
	const result = invitationSchema.safeParse(raw);
	if (result.success) return { ok: true, value: result.data };
	return { ok: false, problem: { code: 'invalid', issues: issuesOf(result.error, 5) } };
}
