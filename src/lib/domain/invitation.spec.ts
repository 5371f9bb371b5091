import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invitationFile, readInvitationFile, type FullInvitation } from './invitation';
import { decodeInvitationLink, encodeInvitationLink } from './invitation-link';
import { newId, newSecret } from './new-id';
import { ORG_TYPES, SIZE_BANDS } from './vocabulary';

const full: FullInvitation & { locale: string } = {
	assessmentId: '3f9c0a7e5b2d41c8a6e0f1b2c3d4e5f6',
	participantId: '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e',
	packId: 'quick-check',
	packVersion: '1.0.0',
	locale: 'de',
	profile: { type: 'ngo', size: 'small' },
	participantName: 'Олга (мама)',
	organisation: { name: 'Fundacja Żółta Łódź', type: 'ngo', size: 'small', country: 'PL' },
	date: '2026-11-25'
};
/** The invitation without some of its fields. */
function without(keys: (keyof FullInvitation)[]) {
	return Object.fromEntries(Object.entries(full).filter(([key]) => !keys.includes(key as never)));
}
const short = without(['participantName', 'organisation', 'date']);

/** Bytes as base64url, the way links carried them before the short format. */
const base64url = (bytes: Uint8Array) =>
	btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
const token = (bytes: number[]) => base64url(Uint8Array.from(bytes));
const bytesOf = (text: string) =>
	Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

describe('short invitation links', () => {
	it('carry what the phone cannot know and nothing else: no names', () => {
		const link = encodeInvitationLink(full);
		expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeInvitationLink(link)).toEqual({ ok: true, value: short });
	});

	// A QR code of at most ~150 characters scans from the back of a room; the JSON link that
	// came before was 463 characters for the same invitation.
	it('stay under 150 characters with a long address, whatever the names', () => {
		const origin = 'https://empowerment-roadmap.example.org/de/respond/#';
		const link = origin + encodeInvitationLink(full);
		expect(link.length).toBeLessThan(150);
		const old = origin + base64url(new TextEncoder().encode(JSON.stringify(invitationFile(full))));
		expect(old.length).toBeGreaterThan(3 * link.length);
	});

	it('round-trip every profile, any id and any version', () => {
		const id = fc.oneof(
			fc.constant('').map(() => newId()),
			fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)
		);
		fc.assert(
			fc.property(
				id,
				id,
				fc.constantFrom(...ORG_TYPES),
				fc.option(fc.constantFrom(...SIZE_BANDS), { nil: undefined }),
				fc.tuple(fc.nat(100_000), fc.nat(300), fc.nat(99_999)),
				fc.constantFrom('en', 'de', 'lt'),
				(assessmentId, participantId, type, size, version, locale) => {
					const invitation = {
						assessmentId,
						participantId,
						packId: 'empowerment',
						packVersion: version.join('.'),
						locale,
						profile: { type, ...(size && { size }) }
					};
					expect(decodeInvitationLink(encodeInvitationLink(invitation))).toEqual({
						ok: true,
						value: invitation
					});
				}
			)
		);
	});

	it('carry the participant’s key in 24 more characters, and skip fields a later app adds', () => {
		const secret = newSecret();
		const keyed = encodeInvitationLink({ ...full, secret });
		expect(decodeInvitationLink(keyed)).toEqual({ ok: true, value: { ...short, secret } });
		expect(keyed.length - encodeInvitationLink(full).length).toBeLessThanOrEqual(24);
		const origin = 'https://empowerment-roadmap.example.org/de/respond/#';
		expect((origin + keyed).length).toBeLessThan(150);
		// A field this app does not know (tag 9, two bytes) is passed over.
		const later = token([...bytesOf(keyed), 9, 2, 1, 2]);
		expect(decodeInvitationLink(later)).toEqual({ ok: true, value: { ...short, secret } });
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
				const key = base64url(bytes);
				const link = encodeInvitationLink({ ...full, secret: key });
				expect(decodeInvitationLink(link)).toMatchObject({ ok: true, value: { secret: key } });
			})
		);
	});

	it('still open links made before the short format, names included', () => {
		const old = base64url(new TextEncoder().encode(JSON.stringify(invitationFile(full))));
		expect(decodeInvitationLink(old)).toEqual({ ok: true, value: without(['locale']) });
	});

	it('refuse a cut, lengthened or mistyped link as damaged', () => {
		const link = encodeInvitationLink(full);
		for (const damaged of [link.slice(0, 30), link + 'AAAA', 'not-base64!!', '', 'AA'])
			expect(decodeInvitationLink(damaged), damaged).toMatchObject({
				ok: false,
				problem: { code: 'damagedLink' }
			});
	});

	it('name the field that breaks a rule', () => {
		const bytes = bytesOf(encodeInvitationLink(full));
		// An organisation type this app does not know (index 5 of five).
		const unknownType = [...bytes];
		unknownType[1] = ORG_TYPES.length * (SIZE_BANDS.length + 1);
		expect(decodeInvitationLink(token(unknownType))).toMatchObject({
			ok: false,
			problem: { code: 'invalid', issues: [{ path: 'profile.type' }] }
		});
		const badId = encodeInvitationLink({ ...full, participantId: 'a b' });
		expect(decodeInvitationLink(badId)).toMatchObject({
			ok: false,
			problem: { code: 'invalid', issues: [{ path: 'participantId' }] }
		});
	});

	it('ask for a newer app when a later format comes in', () => {
		const bytes = bytesOf(encodeInvitationLink(full));
		bytes[0] = 3;
		expect(decodeInvitationLink(token(bytes))).toEqual({
			ok: false,
			problem: { code: 'newerVersion', version: 3 }
		});
	});

	it('never throw on any input', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(() => decodeInvitationLink(text)).not.toThrow();
			})
		);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
				expect(() => decodeInvitationLink(base64url(bytes))).not.toThrow();
			})
		);
	});
});

describe('invitation files', () => {
	it('carry the names, and read back as the same invitation', () => {
		expect(readInvitationFile(JSON.stringify(invitationFile(full)))).toEqual({
			ok: true,
			value: without(['locale'])
		});
		const secret = newSecret();
		expect(readInvitationFile(JSON.stringify(invitationFile({ ...full, secret })))).toEqual({
			ok: true,
			value: { ...without(['locale']), secret }
		});
	});

	it('are refused when they are another kind of file or malformed', () => {
		expect(readInvitationFile('{"format":"empowerment-roadmap/response"}')).toMatchObject({
			ok: false,
			problem: { code: 'wrongKind' }
		});
		const file = { ...invitationFile(full), participantName: '' };
		expect(readInvitationFile(JSON.stringify(file))).toMatchObject({
			ok: false,
			problem: { code: 'invalid', issues: [{ path: 'participantName' }] }
		});
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(readInvitationFile(text).ok).toBe(false);
			})
		);
	});
});
