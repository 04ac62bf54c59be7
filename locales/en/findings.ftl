# Findings, one message per finding kind: `finding-<kind>` is the sentence,
# with attributes .title (a few words), .rationale and .recommendation.
# Every kind needs its message in en, ru and kk (a test checks it).
# Arguments come from the finding's data; amounts arrive already written
# out in this language («600 → 650 МРП»), numbers for plurals as $n.

finding-vague-term-introduced = introduces the vague term { $words }
    .title = Vague term introduced
    .rationale = The term is not defined in the law and leaves the authorities wide discretion over what speech it covers.
    .recommendation = Delete the term or replace it with a narrow, exhaustive definition.
finding-vague-term-removed = removes the vague term { $words }
    .title = Vague term removed
    .rationale = Removing an undefined term makes the provision more foreseeable.
    .recommendation = Welcome the change.
finding-penalty-raised = { $penalty } raised: { $old } → { $new }
    .title = Penalty raised
    .rationale = Sanctions on expression must be necessary and proportionate; harsher penalties chill legitimate speech.
    .recommendation = Keep the sanction at its current level unless a harm that justifies the increase is shown.
finding-penalty-lowered = { $penalty } lowered: { $old } → { $new }
    .title = Penalty lowered
    .rationale = A lighter sanction reduces the chilling effect of the provision.
    .recommendation = Welcome the change.
finding-penalty-added = { $penalty } added: { $new }
    .title = Penalty added
    .rationale = A new sanction must be necessary and proportionate; custodial sanctions for expression are not.
    .recommendation = Remove the new sanction, or show why it is necessary and proportionate.
finding-penalty-removed = { $penalty } removed (was { $old })
    .title = Penalty removed
    .rationale = A sanction removed reduces the chilling effect of the provision.
    .recommendation = Welcome the change.
finding-penalty-changed = { $penalty } changed: { $old } → { $new }
    .title = Penalty changed
    .rationale = A changed sanction must remain necessary and proportionate.
    .recommendation = Check that the new sanction is proportionate to the harm.
finding-scope-widened = extends the provision to { $words }
    .title = Scope widened
    .rationale = Extending an offence to more means of expression (online platforms, bloggers, telecommunications networks) brings more speech under the sanction.
    .recommendation = Justify the extension as necessary and proportionate, or limit the provision to the means it originally covered.
finding-definition-changed = changes the definition of “{ $term }”, used in { $used }
    .title = Definition changed
    .rationale = A changed definition changes the reach of every provision that uses the term.
    .recommendation = Check each provision using “{ $term }” against the new definition.
finding-dangling-reference = { $citation } is gone but still referred to by { $refs }
    .title = Reference to a provision that is gone
    .rationale = A reference to a provision that no longer exists makes the referring provision uncertain.
    .recommendation = Amend or remove the references.
