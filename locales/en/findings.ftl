# Findings, one message per finding kind: `finding-<kind>` is the sentence,
# with attributes .title (a few words), .rationale and .recommendation.
# Every kind needs its message in en, ru and kk (a test checks it).
# Arguments come from the finding's data; amounts arrive already written
# out in this language («600 → 650 МРП»), numbers for plurals as $n.

finding-vague-term-introduced = introduces the vague term { $words }
    .title = A vague or overbroad term was introduced
    .rationale = The term is not defined in the law and leaves the authorities wide discretion over what speech it covers.
    .recommendation = Delete the term or replace it with a narrow, exhaustive definition.
finding-vague-term-removed = removes the vague term { $words }
    .title = A vague or overbroad term was removed
    .rationale = Removing an undefined term makes the provision more foreseeable.
    .recommendation = Welcome the change.
finding-penalty-raised = { $penalty } raised: { $old } → { $new }
    .title = A penalty was raised
    .rationale = Sanctions on expression must be necessary and proportionate; harsher penalties chill legitimate speech.
    .recommendation = Keep the sanction at its current level unless a harm that justifies the increase is shown.
finding-penalty-lowered = { $penalty } lowered: { $old } → { $new }
    .title = A penalty was lowered
    .rationale = A lighter sanction reduces the chilling effect of the provision.
    .recommendation = Welcome the change.
finding-penalty-added = { $penalty } added: { $new }
    .title = A penalty was added
    .rationale = A new sanction must be necessary and proportionate; custodial sanctions for expression are not.
    .recommendation = Remove the new sanction, or show why it is necessary and proportionate.
finding-penalty-removed = { $penalty } removed (was { $old })
    .title = A penalty was removed
    .rationale = A sanction removed reduces the chilling effect of the provision.
    .recommendation = Welcome the change.
finding-penalty-changed = { $penalty } changed: { $old } → { $new }
    .title = A penalty changed in a way that cannot be ranked
    .rationale = A changed sanction must remain necessary and proportionate.
    .recommendation = Check that the new sanction is proportionate to the harm.
finding-scope-widened = extends the provision to { $words }
    .title = Scope widened
    .rationale = Extending an offence to more means of expression (online platforms, bloggers, telecommunications networks) brings more speech under the sanction.
    .recommendation = Justify the extension as necessary and proportionate, or limit the provision to the means it originally covered.

finding-dangling-reference = { $citation } is gone but still referred to by { $refs }
    .title = A cross-reference points to a provision that is gone
    .rationale = A reference to a provision that no longer exists makes the referring provision uncertain.
    .recommendation = Amend or remove the references.

# Rules whose checks live in src/analyze/rules: arguments are made from the
# finding's data in the language of the report (quoted statute words stay as
# the act writes them).

finding-intent-removed = removes the element of intent { $words }: liability no longer requires knowledge or intent
    .title = An element of intent was removed from the provision
    .rationale = Without intent, a person is liable for what they did not know or mean; for offences of expression (false information, incitement) international standards require knowledge of falsity or intent to cause harm, and an offence without it is not a necessary and proportionate restriction.
    .recommendation = Restore the requirement of intent ({ $words }) in the provision.
finding-intent-added = adds the element of intent { $words }: liability now requires knowledge or intent
    .title = An element of intent was added to the provision
    .rationale = Requiring intent narrows liability to deliberate conduct, as international standards on false-news and incitement offences ask.
    .recommendation = { "" }
finding-restriction-widened = widens the restriction { $restriction }: adds { $items }
    .title = A restriction of expression gained items
    .rationale = Each new item of a list of prohibited content or of grounds to suspend, block, refuse or withdraw is a new restriction of expression: it must pursue a legitimate aim of Article 19(3) ICCPR, be necessary and proportionate, and be precise enough to foresee.
    .recommendation = Justify each added item ({ $items }) as necessary and proportionate, define it precisely, or remove it.
finding-restriction-narrowed = narrows the restriction { $restriction }: removes { $items }
    .title = A restriction of expression lost items
    .rationale = A ground or a prohibited item removed narrows the restriction; check that it did not move to another provision.
    .recommendation = Check whether { $items } reappears elsewhere in the act.
finding-restriction-added = adds the restriction { $restriction } on the grounds of { $items }
    .title = A new restriction of expression with its grounds
    .rationale = A new list of grounds to refuse, deprive, suspend or block, or of prohibited content, is a new restriction of expression: each ground must pursue a legitimate aim of Article 19(3) ICCPR, be necessary and proportionate, and be precise enough to foresee; open-ended grounds give officials unfettered discretion.
    .recommendation = Limit the grounds to those necessary for a legitimate aim, define each precisely, and provide for judicial review.
finding-conduct-widened = widens the provision: { $parts }
    .title = The conduct or means an offence covers were widened
    .rationale = Extending an offence to more acts (dissemination as well as publication), more means of expression (online platforms, bloggers, telecommunications networks) or a lower threshold of harm (a threat instead of consequences) brings more speech under the sanction; a restriction requires a direct and immediate connection between the expression and the harm.
    .recommendation = Justify the extension as necessary and proportionate, or limit the provision to the conduct, means and consequences it covered before.
finding-conduct-narrowed = narrows the provision: { $parts }
    .title = The conduct or means an offence covers were narrowed
    .rationale = An offence limited to fewer acts or means, or to conduct with actual consequences, reaches less speech.
    .recommendation = { "" }
finding-definition-changed = changes the definition of "{ $term }", used in { $uses }
    .title = The definition of a defined term changed
    .rationale = A changed definition changes the reach of every provision that uses the term.
    .recommendation = Check each provision using "{ $term }" against the new definition.
finding-definition-widened = widens the definition of "{ $term }" ({ $why }); used in { $uses }
    .title = A definition that sets who is regulated was widened
    .rationale = A definition that sets who is regulated or protected now covers more. For a regulated subject (mass media, online platform) more speakers come under registration, liability and the grounds to suspend or block, and each obligation must stay necessary and proportionate for them; for a protected one (journalist, censorship) the guarantees reach further.
    .recommendation = Check each provision using "{ $term }" for the subjects the new definition adds.
finding-definition-narrowed = narrows the definition of "{ $term }" ({ $why }); used in { $uses }
    .title = A definition that sets who is protected was narrowed
    .rationale = A definition that sets who is protected or regulated now covers less. For a protected subject (journalist, censorship) its guarantees are taken from those it no longer covers: journalism is a function shared by a wide range of actors, including bloggers and others who publish; for a regulated one fewer come under its obligations.
    .recommendation = For a protected subject, define "{ $term }" by function, not by employment, registration or accreditation, so that every provision using it keeps protecting everyone who does the work.

# Words the rules' arguments are made of.
conduct-new-acts = new acts
conduct-new-means = new means
conduct-lower-threshold = a lower threshold
conduct-no-longer-requires = no longer requires
conduct-acts-removed = acts removed
conduct-means-removed = means removed
conduct-threshold-removed = threshold removed
conduct-now-requires = now requires
definition-adds = adds
definition-removes = removes
definition-used-nowhere = no other provision of this text
restriction-no-lead = grounds (lead-in not given)
