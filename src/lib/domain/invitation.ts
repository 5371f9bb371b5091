/**
 * Invitations: what a participant's own device needs to answer for a workshop run on another
 * device. Untrusted input (a link or a file), validated in full before anything is stored.
 *
 * A link (and its QR code) carries only what the phone cannot know: the ids of the assessment
 * and of the participant, the pack and its version, the language, and the organisation's type
 * and size (they decide which questions apply). It carries no names, so that it stays under 150
 * characters whatever the names are, and its QR code stays coarse enough to scan from the back
 * of a room. The phone asks the participant for their name; answers are matched by id.
 *
 * Each carries the participant's key (secretSchema), which the response file must bring back.
 * An invitation file carries names as well (format 1, unchanged), and links made before the
 * short format (base64 JSON of the same file) still open. The link itself: invitation-link.ts.
 */
import { organisationSchema, recordIdSchema, secretSchema } from './assessment.schema';
import { readJsonFile, type Issue, type Read } from './json-file';
import { idSchema, localeSchema } from './pack.schema';
import { ORG_TYPES, ROLE_GROUPS, SIZE_BANDS } from './vocabulary';
import { z } from './zod';

export const INVITATION_FORMAT = 'empowerment-roadmap/invitation';
const MAX_FILE_LENGTH = 10_000;

const versionSchema = z.string().regex(/^\d+\.\d+\.\d+$/);
const nameSchema = z.string().trim().min(1).max(100);

/** An invitation as the respond page uses it, from a link or a file. */
export const invitationSchema = z
	.object({
		assessmentId: recordIdSchema,
		participantId: recordIdSchema,
		packId: idSchema,
		packVersion: versionSchema,
		/** The workshop's language; files and old links leave it to the phone. */
		locale: z.optional(localeSchema),
		profile: z.object({ type: z.enum(ORG_TYPES), size: z.enum(SIZE_BANDS).optional() }).strict(),
		/** Only in files and old links: short links carry no names. */
		participantName: nameSchema.optional(),
		/** Only in files: whose view this person gives (shown to them; older files have none). */
		group: z.enum(ROLE_GROUPS).optional(),
		organisation: z.optional(organisationSchema),
		date: z.iso.date().optional(),
		/** The participant's key, which their response file brings back (see secretSchema). */
		secret: z.optional(secretSchema)
	})
	.strict();

/** The invitation file (and the JSON inside links made before the short format). */
export const invitationFileSchema = z
	.object({
		format: z.literal(INVITATION_FORMAT),
		version: z.literal(1),
		assessmentId: recordIdSchema,
		participantId: recordIdSchema,
		participantName: nameSchema,
		group: z.enum(ROLE_GROUPS).optional(),
		organisation: organisationSchema,
		packId: idSchema,
		packVersion: versionSchema,
		date: z.iso.date(),
		/** Absent only in files made before response files had to bring it back. */
		secret: z.optional(secretSchema)
	})
	.strict();

export type Invitation = z.infer<typeof invitationSchema>;
export type InvitationFile = z.infer<typeof invitationFileSchema>;
/** What the facilitator's device knows: everything a file needs. */
export type FullInvitation = Invitation &
	Required<Pick<Invitation, 'participantName' | 'organisation' | 'date'>>;

export type InvitationProblem =
	| { code: 'tooLarge' }
	| { code: 'notJson' }
	| { code: 'wrongKind' }
	| { code: 'newerVersion'; version: number }
	| { code: 'invalid'; issues: Issue[] }
	| { code: 'damagedLink' };

export type CheckedInvitation = Read<Invitation, InvitationProblem>;

export function invitationFile(invitation: FullInvitation): InvitationFile {
	return {
		format: INVITATION_FORMAT,
		version: 1,
		assessmentId: invitation.assessmentId,
		participantId: invitation.participantId,
		participantName: invitation.participantName,
		...(invitation.group && { group: invitation.group }),
		organisation: invitation.organisation,
		packId: invitation.packId,
		packVersion: invitation.packVersion,
		date: invitation.date,
		...(invitation.secret && { secret: invitation.secret })
	};
}

function fromFile(file: InvitationFile): Invitation {
	const { organisation } = file;
	return {
		assessmentId: file.assessmentId,
		participantId: file.participantId,
		packId: file.packId,
		packVersion: file.packVersion,
		profile: { type: organisation.type, ...(organisation.size && { size: organisation.size }) },
		participantName: file.participantName,
		...(file.group && { group: file.group }),
		organisation,
		date: file.date,
		...(file.secret && { secret: file.secret })
	};
}

export function readInvitationFile(text: string): CheckedInvitation {
	const read = readJsonFile(text, {
		format: INVITATION_FORMAT,
		version: 1,
		schema: invitationFileSchema,
		maxLength: MAX_FILE_LENGTH
	});
	return read.ok ? { ok: true, value: fromFile(read.value) } : read;
}
