//! Tests of the lexicon module.

use super::*;

fn builtin() -> &'static Lexicon {
    use std::sync::OnceLock;
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::builtin)
}

/// The ids found in `text`, with the text each match covers.
fn found(lexicon: &Lexicon, text: &str, lang: Language) -> Vec<(String, String)> {
    lexicon
        .find(text, lang)
        .into_iter()
        .map(|m| (m.entry.id.clone(), m.matched))
        .collect()
}

fn assert_finds(lang: Language, id: &str, text: &str, matched: &str) {
    let got = found(builtin(), text, lang);
    assert!(
        got.iter().any(|(i, m)| i == id && m == matched),
        "{lang}: expected {id:?} matching {matched:?} in {text:?}, got {got:?}"
    );
}

type Examples = &'static [(&'static str, &'static str)];

/// Every row of the reference table (vague-terms.md): its id, then
/// (text, matched text) examples in English and in Russian. Russian
/// examples of rows found in the official texts are copied from them.
const FLOOR: &[(&str, Examples, Examples)] = &[
    (
        "false-information",
        &[
            (
                "false information - information that does not correspond to reality",
                "false information",
            ),
            (
                "for the dissemination of false information in the media on an online platform",
                "false information",
            ),
            ("FALSE NEWS", "FALSE NEWS"),
        ],
        &[
            (
                "3) ложная информация – информация, не соответствующая действительности",
                "ложная информация",
            ),
            (
                "1. Размещение, распространение ложной информации в масс-медиа, на интернет-ресурсе обладателя информации",
                "ложной информации",
            ),
            (
                "3) не размещать, не распространять ложную информацию;",
                "ложную информацию",
            ),
            ("меры борьбы с ложной информацией", "ложной информацией"),
            ("ЛОЖНЫЕ СВЕДЕНИЯ", "ЛОЖНЫЕ СВЕДЕНИЯ"),
        ],
    ),
    (
        "knowingly-false-information",
        &[
            (
                "Article 274. Dissemination of knowingly false information: 1. Dissemination",
                "knowingly false information",
            ),
            (
                "criminalises the \"dissemination of information that is known to be false\"",
                "information that is known to be false",
            ),
            (
                "Dissemination of deliberately false information - 290.",
                "deliberately false information",
            ),
        ],
        &[
            (
                "1. Распространение заведомо ложной информации, создающей опасность нарушения общественного порядка",
                "заведомо ложной информации",
            ),
            (
                "1. Клевета, то есть распространение заведомо ложных сведений, порочащих честь и достоинство другого лица",
                "заведомо ложных сведений",
            ),
            (
                "за заведомо ложную информацию",
                "заведомо ложную информацию",
            ),
            ("Заведомо ложная информация", "Заведомо ложная информация"),
        ],
    ),
    (
        "interests-of-society-or-state",
        &[
            (
                "substantial harm to the rights and legal interests of citizens or organization or the interests of society or the state, protected by the Law",
                "interests of society or the state",
            ),
            (
                "legally protected interests of society or the state",
                "legally protected interests of society or the state",
            ),
        ],
        &[
            (
                "правам и законным интересам граждан или организаций либо охраняемым законом интересам общества или государства, –",
                "охраняемым законом интересам общества или государства",
            ),
            (
                "прав и законных интересов граждан или организаций либо охраняемых законом интересов общества или государства, если эти действия не содержат признаков",
                "охраняемых законом интересов общества или государства",
            ),
            (
                "интересы общества или государства",
                "интересы общества или государства",
            ),
        ],
    ),
    (
        "danger-to-public-order",
        &[
            (
                "Dissemination of knowingly false information, creating a danger of violation of public order",
                "danger of violation of public order",
            ),
            (
                "if the information creates a risk of disturbance to public peace",
                "risk of disturbance to public peace",
            ),
            (
                "\"danger of public order disturbance\"",
                "danger of public order disturbance",
            ),
        ],
        &[
            (
                "создающей опасность нарушения общественного порядка или причинения существенного вреда",
                "опасность нарушения общественного порядка",
            ),
            (
                "пользователями онлайн-платформ, создающей условия нарушения общественного порядка, прав и законных интересов",
                "создающей условия нарушения общественного порядка",
            ),
            (
                "при угрозе нарушения общественного порядка",
                "угрозе нарушения общественного порядка",
            ),
            (
                "опасностью нарушения общественного порядка",
                "опасностью нарушения общественного порядка",
            ),
        ],
    ),
    (
        "discord",
        &[
            (
                "Article 174. Institution of social, national, generic, racial, class or religious discord",
                "Institution of social, national, generic, racial, class or religious discord",
            ),
            (
                "\"Inciting social, national, tribal, racial, class or religious hatred\"",
                "Inciting social, national, tribal, racial, class or religious hatred",
            ),
            ("undefined terms such as \"discord\"", "discord"),
        ],
        &[
            (
                "### Статья 174. Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни",
                "Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни",
            ),
            (
                "Умышленные действия, направленные на возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни",
                "возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни",
            ),
            (
                "литературы или иных носителей информации, пропагандирующих социальную, национальную, родовую, расовую, сословную или религиозную рознь, –",
                "рознь",
            ),
            (
                "подрыва безопасности государства, войны, разжигания социальной, расовой, национальной, религиозной, сословной и родовой розни, культа жестокости",
                "разжигания социальной, расовой, национальной, религиозной, сословной и родовой розни",
            ),
            ("сеять рознью", "рознью"),
        ],
    ),
    (
        "insult-to-national-honour",
        &[
            (
                "insult of the national honour and dignity or religious feelings of citizens",
                "insult of the national honour and dignity or religious feelings",
            ),
            (
                "such as \"insult to national honour and dignity\"",
                "insult to national honour and dignity",
            ),
        ],
        &[
            (
                "на оскорбление национальной чести и достоинства либо религиозных чувств граждан",
                "оскорбление национальной чести и достоинства либо религиозных чувств",
            ),
            (
                "за оскорбление религиозных чувств верующих",
                "оскорбление религиозных чувств",
            ),
            (
                "оскорбления национальной чести и достоинства",
                "оскорбления национальной чести и достоинства",
            ),
        ],
    ),
    (
        "propaganda-of-superiority",
        &[
            (
                "as well as propaganda of exclusivity, superiority or inferiority of citizens on grounds of their relation to religion",
                "propaganda of exclusivity",
            ),
            (
                "and advocating war, social, racial, national, religious, and clannish superiority",
                "advocating war, social, racial, national, religious, and clannish superiority",
            ),
        ],
        &[
            (
                "а равно пропаганда исключительности, превосходства либо неполноценности граждан по признаку их отношения к религии",
                "пропаганда исключительности",
            ),
            (
                "направленных на разжигание национальной, родовой, расовой, социальной и религиозной вражды, пропагандирующих сословную исключительность, войну",
                "пропагандирующих сословную исключительность",
            ),
            (
                "пропаганда или агитация культа жестокости и насилия, социального, расового, национального, религиозного, сословного и родового превосходства, разглашение",
                "пропаганда или агитация культа жестокости и насилия, социального, расового, национального, религиозного, сословного и родового превосходства",
            ),
        ],
    ),
    (
        "social-group-or-class",
        &[
            (
                "The prohibition of incitement to social hatred implies protection of \"social groups\" and \"classes.\"",
                "social groups",
            ),
            (
                "Institution of social, national, generic, racial, class or religious discord",
                "class",
            ),
        ],
        &[
            (
                "по признаку их отношения к религии, сословной, национальной, родовой или расовой принадлежности",
                "сословной",
            ),
            (
                "Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни",
                "сословной",
            ),
            ("принадлежности к социальной группе", "социальной группе"),
            ("социальных групп", "социальных групп"),
        ],
    ),
    (
        "insult",
        &[
            (
                "Article 131 broadly criminalises insult, which, if committed",
                "insult",
            ),
            ("In cases of so-called \"slander\" or \"insult\"", "insult"),
        ],
        &[
            (
                "1. Оскорбление, то есть унижение чести и достоинства другого лица, выраженное в неприличной форме, –",
                "Оскорбление",
            ),
            (
                "вызванного насилием, издевательством или тяжким оскорблением либо иными противозаконными",
                "оскорблением",
            ),
            (
                "которые не соответствуют моральным ценностям, оскорбляют честь и достоинство человека;",
                "оскорбляют",
            ),
        ],
    ),
    (
        "honour-and-dignity",
        &[
            (
                "Article 143. Protection of honor, dignity and business reputation",
                "honor, dignity",
            ),
            (
                "Dissemination of information that offends the honor and dignity of another person",
                "honor and dignity",
            ),
            ("honour and dignity", "honour and dignity"),
        ],
        &[
            (
                "то есть распространение заведомо ложных сведений, порочащих честь и достоинство другого лица",
                "честь и достоинство",
            ),
            (
                "1. Оскорбление, то есть унижение чести и достоинства другого лица",
                "чести и достоинства",
            ),
            (
                "сведений, не соответствующих действительности и порочащих его честь, достоинство и деловую репутацию",
                "честь, достоинство",
            ),
            ("с честью и достоинством", "честью и достоинством"),
        ],
    ),
    (
        "propaganda-of-terrorism",
        &[
            (
                "Article 256. Propaganda of terrorism or public calls to commit an act of terrorism",
                "Propaganda of terrorism",
            ),
            (
                "Propaganda of ideas of terrorism and extremism - 175.",
                "Propaganda of ideas of terrorism",
            ),
        ],
        &[
            (
                "1. Пропаганда терроризма или публичные призывы к совершению акта терроризма, а равно изготовление",
                "Пропаганда терроризма",
            ),
            (
                "сословной и родовой розни, пропаганду и оправдание экстремизма или терроризма, а также раскрывающие",
                "пропаганду и оправдание экстремизма или терроризма",
            ),
            ("о пропаганде терроризма", "пропаганде терроризма"),
        ],
    ),
    (
        "separatism-propaganda",
        &[
            (
                "1. Propaganda or public calls for violation of unitarity and integrity of the Republic of Kazakhstan",
                "Propaganda or public calls for violation of unitarity and integrity",
            ),
            (
                "criminalising 'propaganda or public calls for violation of the integrity of the Republic of Kazakhstan'",
                "propaganda or public calls for violation of the integrity of the Republic",
            ),
        ],
        &[
            (
                "1. Пропаганда или публичные призывы к нарушению унитарности и целостности Республики Казахстан",
                "Пропаганда или публичные призывы к нарушению унитарности и целостности",
            ),
            (
                "3. Действия, совершенные с целью нарушения унитарности и целостности Республики Казахстан",
                "нарушения унитарности и целостности",
            ),
            (
                "на пропаганду или агитацию насильственного изменения конституционного строя, нарушения целостности Республики Казахстан, подрыва",
                "нарушения целостности Республики",
            ),
        ],
    ),
    (
        "social-emergency",
        &[
            (
                "to amend the 2013 Communications Law on 'social emergency,'",
                "social emergency",
            ),
            (
                "in emergency situations of a social nature",
                "emergency situations of a social nature",
            ),
        ],
        &[
            (
                "в случае чрезвычайной ситуации социального характера",
                "чрезвычайной ситуации социального характера",
            ),
            (
                "при введении режима чрезвычайных ситуаций социального характера",
                "чрезвычайных ситуаций социального характера",
            ),
            (
                "социальная чрезвычайная ситуация",
                "социальная чрезвычайная ситуация",
            ),
        ],
    ),
    (
        "information-sovereignty",
        &[
            (
                "the concept of \"information sovereignty\" is the independence of the information space",
                "information sovereignty",
            ),
            ("Informational sovereignty", "Informational sovereignty"),
        ],
        &[
            (
                "4) информационный суверенитет – независимость",
                "информационный суверенитет",
            ),
            (
                "обеспечение, укрепление и защита информационного суверенитета",
                "информационного суверенитета",
            ),
            (
                "угрозы информационному суверенитету",
                "информационному суверенитету",
            ),
        ],
    ),
    (
        "ideological-vector",
        &[("- The main ideological vector.", "ideological vector")],
        &[
            ("основной идеологический вектор", "идеологический вектор"),
            (
                "в соответствии с основным идеологическим вектором",
                "идеологическим вектором",
            ),
        ],
    ),
    (
        "ideological-sovereignty",
        &[("- Ideological sovereignty.", "Ideological sovereignty")],
        &[
            ("идеологический суверенитет", "идеологический суверенитет"),
            (
                "укрепление идеологического суверенитета",
                "идеологического суверенитета",
            ),
        ],
    ),
    (
        "destructive-content",
        &[
            (
                "- Destructive, manipulative, and inaccurate content.",
                "Destructive, manipulative, and inaccurate content",
            ),
            (
                "terms like \"false narratives\" and \"destructive content\"",
                "destructive content",
            ),
            (
                "a joint fight against false information and inaccurate content",
                "inaccurate content",
            ),
        ],
        &[
            (
                "деструктивный, манипулятивный, недостоверный контент",
                "деструктивный, манипулятивный, недостоверный контент",
            ),
            (
                "распространение деструктивного контента",
                "деструктивного контента",
            ),
            ("против недостоверного контента", "недостоверного контента"),
            ("манипулятивной информации", "манипулятивной информации"),
        ],
    ),
    (
        "false-narratives",
        &[("terms like \"false narratives\"", "false narratives")],
        &[
            ("ложные нарративы", "ложные нарративы"),
            ("противодействие ложным нарративам", "ложным нарративам"),
            ("распространение ложных нарративов", "ложных нарративов"),
        ],
    ),
    (
        "satisfies-state-interests",
        &[(
            "by creating and disseminating information that satisfies the interests of the state and society",
            "satisfies the interests of the state and society",
        )],
        &[
            (
                "путем создания и распространения информации, удовлетворяющей интересы государства и общества",
                "удовлетворяющей интересы государства и общества",
            ),
            (
                "информация, удовлетворяющая интересам общества и государства",
                "удовлетворяющая интересам общества и государства",
            ),
        ],
    ),
    (
        "discrediting-business-reputation",
        &[(
            "dissemination of untrue information discrediting the business reputation of the state bodies that accredited it",
            "untrue information discrediting the business reputation",
        )],
        &[
            (
                "либо за распространение не соответствующих действительности сведений, порочащих деловую репутацию аккредитовавших его государственных органов",
                "не соответствующих действительности сведений, порочащих деловую репутацию",
            ),
            (
                "4. Юридическое лицо, в отношении которого распространены сведения, порочащие его деловую репутацию, вправе",
                "порочащие его деловую репутацию",
            ),
            (
                "распространение недостоверной информации, порочащей деловую репутацию государственных органов",
                "недостоверной информации, порочащей деловую репутацию",
            ),
        ],
    ),
    (
        "violation-of-accreditation-rules",
        &[
            (
                "- violation of the rules and accreditation.",
                "violation of the rules and accreditation",
            ),
            (
                "1) violation of the rules of accreditation;",
                "violation of the rules of accreditation",
            ),
        ],
        &[
            (
                "Журналист может быть лишен аккредитации, если им нарушены правила аккредитации либо",
                "нарушены правила аккредитации",
            ),
            (
                "1) нарушение правил аккредитации;",
                "нарушение правил аккредитации",
            ),
            (
                "за нарушения правил аккредитации",
                "нарушения правил аккредитации",
            ),
        ],
    ),
    (
        "employment-contract-breach",
        &[
            (
                "8. non-compliance with the conditions established by the employment contract;",
                "non-compliance with the conditions established by the employment contract",
            ),
            (
                "due to non-compliance by the journalist with the terms of the employment contract",
                "non-compliance by the journalist with the terms of the employment contract",
            ),
        ],
        &[
            (
                "8) несоблюдение условий, установленных трудовым договором;",
                "несоблюдение условий, установленных трудовым договором",
            ),
            (
                "несоблюдения условий трудового договора",
                "несоблюдения условий трудового договора",
            ),
        ],
    ),
    (
        "violation-of-law-requirements",
        &[
            (
                "9. violation of the requirements established by this Law",
                "violation of the requirements established by this Law",
            ),
            (
                "6. non-compliance with established requirements",
                "non-compliance with established requirements",
            ),
        ],
        &[
            (
                "9) нарушение требований, установленных настоящим Законом.",
                "нарушение требований, установленных настоящим Законом",
            ),
            (
                "в случае нарушения требований, установленных настоящим Законом",
                "нарушения требований, установленных настоящим Законом",
            ),
            (
                "6) несоблюдение установленных требований;",
                "несоблюдение установленных требований",
            ),
        ],
    ),
    (
        "other-prohibited-information",
        &[(
            "and any other information prohibited by the laws of the Republic of Kazakhstan",
            "other information prohibited by the laws",
        )],
        &[
            (
                "информация, раскрывающая государственные секреты или иную охраняемую законом тайну, и иная информация, запрещенная законами Республики Казахстан.",
                "иная информация, запрещенная законами",
            ),
            (
                "распространение иной информации, запрещенной законами Республики Казахстан",
                "иной информации, запрещенной законами",
            ),
            (
                "иную информацию, запрещённую законодательством",
                "иную информацию, запрещённую законодательством",
            ),
        ],
    ),
    (
        "questioning-statehood",
        &[
            (
                "statements challenging the statehood and territorial integrity of the Republic of Kazakhstan",
                "statements challenging the statehood",
            ),
            (
                "statements questioning statehood are of particular interest",
                "statements questioning statehood",
            ),
        ],
        &[
            (
                "а также высказывания, подвергающие сомнению государственность и территориальную целостность Республики Казахстан",
                "высказывания, подвергающие сомнению государственность",
            ),
            (
                "высказываний, ставящих под сомнение государственность",
                "высказываний, ставящих под сомнение государственность",
            ),
        ],
    ),
    (
        "illegal-content",
        &[
            (
                "users are obliged not to publish or distribute illegal content",
                "illegal content",
            ),
            ("may be deemed unlawful content", "unlawful content"),
        ],
        &[
            (
                "а также производства, размещения, распространения и хранения онлайн-рекламы, предотвращения и пресечения противоправного контента",
                "противоправного контента",
            ),
            (
                "Противоправным контентом являются: призыв, пропаганда",
                "Противоправным контентом",
            ),
            (
                "6) уведомлять о мерах противодействия противоправному контенту;",
                "противоправному контенту",
            ),
            ("противоправный контент", "противоправный контент"),
        ],
    ),
    (
        "any-way-not-prohibited",
        &[
            (
                "2. Everyone shall have the right to freely receive and disseminate information by any means not prohibited by law.",
                "any means not prohibited by law",
            ),
            (
                "dissemination of information in any way not prohibited by law",
                "any way not prohibited by law",
            ),
        ],
        &[
            (
                "получения и распространения информации любым не запрещенным законом способом гарантируются Конституцией",
                "любым не запрещенным законом способом",
            ),
            (
                "1) обеспечение и защита прав человека и гражданина на свободное получение и распространение информации любыми не запрещенными законами Республики Казахстан способами на онлайн-платформах",
                "любыми не запрещенными законами Республики Казахстан способами",
            ),
            (
                "путем направления запросов соответствующим физическим и (или) юридическим лицам либо иными способами, не запрещенными законодательством Республики Казахстан",
                "иными способами, не запрещенными законодательством",
            ),
        ],
    ),
    (
        "law-enforcement-requests",
        &[
            (
                "based on judicial acts, requests from law enforcement or special government bodies of the Republic of Kazakhstan",
                "requests from law enforcement or special government bodies",
            ),
            (
                "on the basis of requests of law-enforcement or special state bodies",
                "requests of law-enforcement or special state bodies",
            ),
        ],
        &[
            (
                "9) представлять запрашиваемые уполномоченным органом сведения о пользователях на основании судебных актов, запросов правоохранительных или специальных государственных органов Республики Казахстан;",
                "запросов правоохранительных или специальных государственных органов",
            ),
            (
                "по запросу правоохранительных или специальных государственных органов",
                "запросу правоохранительных или специальных государственных органов",
            ),
        ],
    ),
    (
        "extremism",
        &[
            (
                "The right to freedom of expression and restriction of \"extremism\"",
                "extremism",
            ),
            ("extremist materials", "extremist"),
        ],
        &[
            (
                "3. Разглашение сведений, составляющих государственные секреты или иную охраняемую законом тайну, пропаганда и оправдание экстремизма или терроризма",
                "экстремизма",
            ),
            (
                "Финансирование террористической или экстремистской деятельности и иное пособничество терроризму либо экстремизму",
                "экстремистской",
            ),
            (
                "Финансирование террористической или экстремистской деятельности и иное пособничество терроризму либо экстремизму",
                "экстремизму",
            ),
        ],
    ),
    (
        "war-propaganda",
        &[
            (
                "the grounds for suspending the release of the mass media are propaganda or agitation of a violent change in the constitutional order, violation of the integrity of the Republic of Kazakhstan, undermining the security of the state, war, propaganda of extremism",
                "propaganda or agitation of a violent change in the constitutional order, violation of the integrity of the Republic of Kazakhstan, undermining the security of the state, war",
            ),
            ("war propaganda", "war propaganda"),
            ("and advocating war, social, racial", "advocating war"),
        ],
        &[
            (
                "содержащей сведения и материалы, направленные на пропаганду или агитацию насильственного изменения конституционного строя, нарушения целостности Республики Казахстан, подрыва безопасности государства, войны, разжигания",
                "пропаганду или агитацию насильственного изменения конституционного строя, нарушения целостности Республики Казахстан, подрыва безопасности государства, войны",
            ),
            ("пропаганда войны", "пропаганда войны"),
            ("за пропаганду войны", "пропаганду войны"),
        ],
    ),
    (
        "harmful-information",
        &[
            (
                "protection of children from harmful information",
                "harmful information",
            ),
            (
                "information that causes harm to their health",
                "information that causes harm",
            ),
        ],
        &[
            (
                "4) защита детей на онлайн-платформах от информации, причиняющей вред их здоровью и развитию;",
                "информации, причиняющей вред",
            ),
            ("вредной информации", "вредной информации"),
            ("вредная информация", "вредная информация"),
        ],
    ),
];

#[test]
fn builtin_data_is_valid() {
    // Every check a user file gets, on the TOML; a run loads the data
    // build.rs derived from it, which must be the same.
    let checked = Lexicon::parse_builtin().unwrap_or_else(|e| panic!("{e}"));
    let shipped = Lexicon::builtin();
    let (checked, shipped) = (checked.contents(), shipped.contents());
    assert!(!checked.entries.is_empty() && !checked.scope.is_empty());
    assert_eq!(checked.entries, shipped.entries);
    assert_eq!(checked.scope, shipped.scope);
    assert_eq!(checked.standards, shipped.standards);
}

#[test]
fn every_floor_row_matches_in_english_and_russian() {
    assert_eq!(FLOOR.len(), 30 + 1, "one entry per row; row 15 has two");
    for (id, en, ru) in FLOOR {
        assert!(
            !en.is_empty() && !ru.is_empty(),
            "{id}: examples in both languages"
        );
        for (text, matched) in en.iter() {
            assert_finds(Language::En, id, text, matched);
        }
        for (text, matched) in ru.iter() {
            assert_finds(Language::Ru, id, text, matched);
        }
    }
}

#[test]
fn further_terms_from_the_reports_match() {
    let cases: &[(Language, &str, &str, &str)] = &[
        (
            Language::En,
            "defamation",
            "Article 130 criminalises defamation",
            "defamation",
        ),
        (
            Language::En,
            "defamation",
            "the article \"Slander\"",
            "Slander",
        ),
        (
            Language::Ru,
            "defamation",
            "1. Клевета, то есть распространение заведомо ложных сведений",
            "Клевета",
        ),
        (Language::Ru, "defamation", "статья о клевете", "клевете"),
        (
            Language::En,
            "insult-of-officials",
            "Article 378. Insult of representative of authority",
            "Insult of representative of authority",
        ),
        (
            Language::Ru,
            "insult-of-officials",
            "Статья 378. Оскорбление представителя власти",
            "Оскорбление представителя власти",
        ),
        (
            Language::Ru,
            "insult-of-officials",
            "1. Публичное оскорбление и иное посягательство на честь и достоинство Президента Республики Казахстан",
            "посягательство на честь и достоинство Президента",
        ),
        (
            Language::En,
            "propaganda",
            "official propaganda",
            "propaganda",
        ),
        (
            Language::Ru,
            "propaganda",
            "пропагандирующих суицид",
            "пропагандирующих",
        ),
        (
            Language::Ru,
            "disinformation",
            "источником дезинформации",
            "дезинформации",
        ),
        (
            Language::En,
            "fake-news",
            "to create fake news",
            "fake news",
        ),
        (
            Language::Ru,
            "fake-news",
            "распространение фейков",
            "фейков",
        ),
        (
            Language::Ru,
            "manipulation-of-public-opinion",
            "манипулирования общественным мнением",
            "манипулирования общественным мнением",
        ),
        (
            Language::Ru,
            "interethnic-harmony",
            "информации, способствующей нарушению межнационального и межконфессионального согласия",
            "межнационального и межконфессионального согласия",
        ),
        (
            Language::En,
            "interethnic-harmony",
            "disruption of interethnic and interfaith harmony",
            "interethnic and interfaith harmony",
        ),
        (
            Language::Ru,
            "undermining-state-security",
            "подрыва безопасности государства",
            "подрыва безопасности государства",
        ),
        (
            Language::En,
            "undermining-state-security",
            "undermining of state security",
            "undermining of state security",
        ),
        (
            Language::Ru,
            "other-protected-secret",
            "составляющих государственные секреты или иную охраняемую законом тайну",
            "иную охраняемую законом тайну",
        ),
        (
            Language::En,
            "other-protected-secret",
            "personal, family, medical, banking, commercial and other secrets protected by law",
            "other secrets protected by law",
        ),
        (
            Language::Ru,
            "inaccurate-information",
            "с указанием заведомо недостоверных сведений в заявлении",
            "заведомо недостоверных сведений",
        ),
    ];
    for (lang, id, text, matched) in cases {
        let id = if *id == "inaccurate-information" {
            // «заведомо недостоверных сведений» is the knowingly-false term.
            "knowingly-false-information"
        } else {
            id
        };
        assert_finds(*lang, id, text, matched);
    }
}

#[test]
fn same_ids_in_english_and_russian() {
    let ids = |lang| -> BTreeSet<&str> {
        builtin()
            .entries()
            .iter()
            .filter(|e| e.language == lang)
            .map(|e| e.id.as_str())
            .collect()
    };
    assert_eq!(ids(Language::En), ids(Language::Ru));
    let kk = ids(Language::Kk);
    assert!(kk.is_subset(&ids(Language::Ru)), "Kazakh ids: {kk:?}");
    let scope = |lang| -> BTreeSet<&str> {
        builtin()
            .scope_terms()
            .iter()
            .filter(|s| s.language == lang)
            .map(|s| s.id.as_str())
            .collect()
    };
    assert_eq!(scope(Language::En), scope(Language::Ru));
}

#[test]
fn every_entry_cites_a_known_standard() {
    let lexicon = builtin();
    for key in [
        "GC34-25",
        "GC34-22",
        "GC34-35",
        "GC34-38",
        "GC34-47",
        "GC34-49",
        "JD2017",
        "RABAT",
        "CCPR-KAZ-2016",
        "OSCE-2014",
        "VC-ROL",
    ] {
        let standard = lexicon.standard(key);
        assert!(
            standard.is_some_and(|s| !s.citation.is_empty() && !s.summary.is_empty()),
            "standard {key} in standards.toml"
        );
    }
    for entry in lexicon.entries() {
        assert!(!entry.standards.is_empty(), "{} cites nothing", entry.id);
        for key in &entry.standards {
            assert!(
                lexicon.standard(key).is_some(),
                "{} cites unknown {key}",
                entry.id
            );
        }
    }
}

#[test]
fn entries_have_one_sentence_texts() {
    for e in builtin().entries() {
        for (field, text) in [
            ("rationale", &e.rationale),
            ("recommendation", &e.recommendation),
        ] {
            let text = text.trim();
            assert!(
                text.ends_with('.'),
                "{} ({}) {field} ends with a full stop",
                e.id,
                e.language
            );
            // A full stop followed by a capital starts a second sentence;
            // abbreviations such as "art. 274" are fine.
            let two = text
                .split(". ")
                .skip(1)
                .any(|rest| rest.chars().next().is_some_and(char::is_uppercase));
            assert!(
                !two,
                "{} ({}) {field} is one sentence: {text}",
                e.id, e.language
            );
        }
    }
}

#[test]
fn words_alone_do_not_match() {
    let cases: &[(Language, &str)] = &[
        (Language::Ru, "информация"),
        (Language::Ru, "информации о пользователях"),
        (Language::En, "information"),
        (Language::En, "information about users"),
        (Language::Ru, "ложь"),
        (
            Language::Ru,
            "2. Розничная продажа периодических печатных изданий",
        ),
        (Language::Ru, "честный журналист"),
        (
            Language::Ru,
            "при чрезвычайных ситуациях природного и техногенного характера",
        ),
        (
            Language::Ru,
            "с неясными либо заведомо ложными выходными данными",
        ),
        (Language::Ru, "информационные системы"),
        (Language::Ru, "интересы государства"),
        (Language::En, "the interests of the state"),
        (Language::En, "classified documents"),
        (Language::En, "an offence under this Code"),
        (Language::Ru, "государственность"),
        (Language::Ru, "контент"),
    ];
    for (lang, text) in cases {
        assert_eq!(
            found(builtin(), text, *lang),
            Vec::new(),
            "{lang}: {text:?}"
        );
    }
}

#[test]
fn matches_stay_inside_a_clause() {
    let lexicon = builtin();
    let ids = |text: &str| -> Vec<String> {
        found(lexicon, text, Language::Ru)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    };
    assert_eq!(ids("пропаганда. Войны"), ["propaganda"]);
    assert_eq!(ids("ложной;\nинформации"), Vec::<String>::new());
    assert_eq!(ids("ложной\n\nинформации"), Vec::<String>::new());
    // A single line break inside a wrapped sentence does not end it.
    assert_eq!(ids("ложной\n   информации"), ["false-information"]);
    assert_eq!(ids("ложной (неверной) информации"), Vec::<String>::new());
}

#[test]
fn tight_words_allow_no_punctuation_between() {
    let ids = |text: &str| -> Vec<String> {
        found(builtin(), text, Language::En)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    };
    assert_eq!(ids("a ban on war propaganda"), ["war-propaganda"]);
    assert_eq!(
        ids("security of the state, war, propaganda of"),
        ["propaganda"]
    );
}

#[test]
fn longest_match_wins_where_matches_share_words() {
    let lexicon = builtin();
    let text = "1. Распространение заведомо ложной информации, создающей опасность нарушения общественного порядка";
    let counts = lexicon.count_by_term(text, Language::Ru);
    assert_eq!(counts.get("knowingly-false-information"), Some(&1));
    assert_eq!(counts.get("false-information"), None);
    assert_eq!(counts.get("danger-to-public-order"), Some(&1));

    let counts = lexicon.count_by_term(
        "Dissemination of knowingly false information and of false information",
        Language::En,
    );
    assert_eq!(counts.get("knowingly-false-information"), Some(&1));
    assert_eq!(counts.get("false-information"), Some(&1));

    // Insult of national honour holds "insult" and "honour and dignity".
    let counts = lexicon.count_by_term(
        "на оскорбление национальной чести и достоинства либо религиозных чувств граждан",
        Language::Ru,
    );
    assert_eq!(
        counts,
        BTreeMap::from([("insult-to-national-honour", 1)]),
        "only the most specific term"
    );
}

#[test]
fn terms_in_one_list_count_separately() {
    let text = "Противоправным контентом являются: призыв, пропаганда или агитация насильственного изменения конституционного строя, нарушения целостности Республики Казахстан, подрыва безопасности государства, войны, социального, расового, национального, религиозного, сословного и родового превосходства, культа жестокости и насилия";
    let counts = builtin().count_by_term(text, Language::Ru);
    assert_eq!(
        counts,
        BTreeMap::from([
            ("illegal-content", 1),
            ("propaganda-of-superiority", 1),
            ("separatism-propaganda", 1),
            ("social-group-or-class", 1),
            ("undermining-state-security", 1),
            ("war-propaganda", 1),
        ])
    );
    // Words skipped by a gap stay free for other terms.
    let counts = builtin().count_by_term(
        "Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни",
        Language::Ru,
    );
    assert_eq!(
        counts,
        BTreeMap::from([("discord", 1), ("social-group-or-class", 1)])
    );
    // Three adjectives of one term are one occurrence.
    let counts = builtin().count_by_term(
        "деструктивный, манипулятивный, недостоверный контент",
        Language::Ru,
    );
    assert_eq!(counts, BTreeMap::from([("destructive-content", 1)]));
}

#[test]
fn spans_are_byte_ranges_of_the_original_text() {
    let text = "Статья 274. РАСПРОСТРАНЕНИЕ ЗАВЕДОМО ЛОЖНОЙ ИНФОРМАЦИИ; ещё ложнЁй информации";
    let matches = builtin().find(text, Language::Ru);
    assert_eq!(matches.len(), 2, "{matches:?}");
    for m in &matches {
        assert_eq!(&text[m.span.clone()], m.matched);
    }
    assert_eq!(matches[0].matched, "ЗАВЕДОМО ЛОЖНОЙ ИНФОРМАЦИИ");
    assert_eq!(matches[0].entry.id, "knowingly-false-information");
    assert_eq!(matches[1].matched, "ложнЁй информации");
    assert!(matches[0].span.start < matches[1].span.start, "text order");
}

#[test]
fn hyphenated_words_are_one_word() {
    let lexicon = builtin();
    let scope = |text: &str| lexicon.scope_terms_in(text, Language::Ru);
    assert_eq!(
        scope("пользователями онлайн-платформ"),
        BTreeSet::from(["online-platforms".to_string()])
    );
    assert_eq!(
        scope("на интернет-ресурсе"),
        BTreeSet::from(["internet-resources".to_string()])
    );
    // "Интернет" inside «интернет-ресурсе» is not the Internet.
    assert!(!scope("на интернет-ресурсе").contains("internet"));
    assert_eq!(
        scope("в сети Интернет"),
        BTreeSet::from(["internet".to_string()])
    );
    assert_eq!(scope("платформа"), BTreeSet::new());
    assert_eq!(
        found(lexicon, "law-enforcement", Language::En),
        Vec::<(String, String)>::new()
    );
}

#[test]
fn scope_terms_in_russian() {
    let lexicon = builtin();
    let names = |text: &str| -> Vec<String> {
        lexicon
            .scope_terms_in(text, Language::Ru)
            .into_iter()
            .collect()
    };
    // Criminal Code art. 274 part 2, 2018 and 2025.
    assert_eq!(
        names("3) с использованием средств массовой информации или сетей телекоммуникаций, –"),
        ["mass-media", "telecommunications-networks"]
    );
    assert_eq!(
        names("3) с использованием масс-медиа, сетей телекоммуникаций и онлайн-платформ, –"),
        [
            "mass-media",
            "online-platforms",
            "telecommunications-networks"
        ]
    );
    assert_eq!(
        names(
            "Действия, предусмотренные частью третьей настоящей статьи, совершенные инфлюенсерами (блогерами), –"
        ),
        ["bloggers", "influencers"]
    );
    assert_eq!(
        names("распространяемой в социальных сетях и мессенджерах"),
        ["messengers", "social-networks"]
    );
    assert_eq!(names("сетевого издания"), ["network-publications"]);
    assert_eq!(names("в СМИ"), ["mass-media"]);
    assert_eq!(
        names("с использованием информационно-коммуникационных сетей"),
        ["telecommunications-networks"]
    );
    assert!(names("сети газоснабжения").is_empty());
}

#[test]
fn scope_terms_in_english() {
    let lexicon = builtin();
    let names = |text: &str| -> Vec<String> {
        lexicon
            .scope_terms_in(text, Language::En)
            .into_iter()
            .collect()
    };
    assert_eq!(
        names(
            "2. The same action, committed with the use of mass media or information and communication networks"
        ),
        ["mass-media", "telecommunications-networks"]
    );
    assert_eq!(
        names("by using mass media or telecommunications networks"),
        ["mass-media", "telecommunications-networks"]
    );
    assert_eq!(
        names("on an online platform, by individual accounts, as well as bloggers (influencers)"),
        ["bloggers", "influencers", "online-platforms"]
    );
    assert_eq!(
        names("social networks, instant messengers, popular Internet resources"),
        ["internet-resources", "messengers", "social-networks"]
    );
    assert_eq!(names("committed publicly, on the Internet"), ["internet"]);
    let matches = lexicon.find_scope("the mass media", Language::En);
    assert_eq!(matches.len(), 1);
    assert_eq!(matches[0].matched, "mass media");
    assert_eq!(matches[0].term.id, "mass-media");
}

#[test]
fn counts_tell_introduced_from_removed_terms() {
    let lexicon = builtin();
    let old = "1. Распространение ложной информации, –";
    let new = "1. Распространение заведомо ложной информации, создающей опасность нарушения общественного порядка, и заведомо ложных сведений, –";
    let changes = lexicon.term_changes(old, new, Language::Ru);
    assert_eq!(
        changes,
        vec![
            TermChange {
                id: "danger-to-public-order",
                old: 0,
                new: 1
            },
            TermChange {
                id: "false-information",
                old: 1,
                new: 0
            },
            TermChange {
                id: "knowingly-false-information",
                old: 0,
                new: 2
            },
        ]
    );
    assert!(changes[0].is_introduced() && !changes[0].is_removed());
    assert!(changes[1].is_removed());
    assert!(changes[2].is_introduced());
    // Inflection and case changes alone introduce nothing.
    let same = lexicon.term_changes(
        "распространение ложной информации",
        "Распространение ложную информацию",
        Language::Ru,
    );
    assert_eq!(same, Vec::new());
    // A second occurrence is an introduction.
    let more = lexicon.term_changes("insult", "insult or insult", Language::En);
    assert_eq!(
        more,
        vec![TermChange {
            id: "insult",
            old: 1,
            new: 2
        }]
    );
}

#[test]
fn other_languages_find_nothing_without_entries() {
    let lexicon = Lexicon::from_toml(
        r#"
        [[term]]
        id = "x-term"
        language = "en"
        term = "x"
        patterns = ["false information"]
        category = "falsity-standard"
        severity = "low"
        rationale = "R."
        standards = ["JD2017"]
        recommendation = "R."
        "#,
        "user.toml",
    );
    let Ok(lexicon) = lexicon else {
        panic!("{lexicon:?}")
    };
    assert_eq!(lexicon.find("false information", Language::Ru), Vec::new());
    assert_eq!(lexicon.find("false information", Language::En).len(), 1);
}

const REPO_CONFIG: &str = r#"
[repository]
name = "statutes"

[lexicon]
disable = ["propaganda"]
severity = { insult = "low", false-information = "medium" }

[[lexicon.term]]
id = "special-order"
language = "ru"
term = "особый порядок"
patterns = ["особ* порядк*|порядок"]
category = "unbounded-discretion"
severity = "medium"
rationale = "Особый порядок не определен."
standards = ["GC34-25", "LOCAL-1"]
recommendation = "Определить порядок."

[[lexicon.standard]]
key = "LOCAL-1"
citation = "Local guideline 1"
summary = "A local rule."
"#;

#[test]
fn config_adds_disables_and_overrides() {
    let mut lexicon = builtin().clone();
    let result = lexicon.apply_repo_toml(REPO_CONFIG, "lexwatch.toml");
    assert_eq!(result, Ok(()));
    let ids = |text: &str, lang| -> Vec<String> {
        found(&lexicon, text, lang)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    };
    assert_eq!(ids("в особом порядке", Language::Ru), ["special-order"]);
    assert_eq!(ids("пропаганда", Language::Ru), Vec::<String>::new());
    assert_eq!(ids("propaganda", Language::En), Vec::<String>::new());
    // More specific propaganda terms are not disabled.
    assert_eq!(
        ids("пропаганда терроризма", Language::Ru),
        ["propaganda-of-terrorism"]
    );
    for lang in [Language::En, Language::Ru] {
        assert_eq!(
            lexicon.entry("insult", lang).map(|e| e.severity),
            Some(Severity::Low)
        );
        assert_eq!(
            lexicon.entry("false-information", lang).map(|e| e.severity),
            Some(Severity::Medium)
        );
    }
    assert!(lexicon.standard("LOCAL-1").is_some());
    assert_eq!(
        builtin().entry("insult", Language::En).map(|e| e.severity),
        Some(Severity::High)
    );
}

#[test]
fn config_term_replaces_builtin_term_of_same_id() {
    let mut lexicon = builtin().clone();
    let config = LexiconConfig {
        term: vec![Entry {
            id: "insult".to_string(),
            language: Language::En,
            term: "affront".to_string(),
            patterns: vec!["affront*".to_string()],
            category: Category::SubjectiveOffence,
            severity: Severity::Medium,
            rationale: "R.".to_string(),
            standards: vec!["GC34-47".to_string()],
            recommendation: "R.".to_string(),
            source: None,
        }],
        ..LexiconConfig::default()
    };
    assert_eq!(lexicon.apply_config(&config, "lexwatch.toml"), Ok(()));
    let english: Vec<&Entry> = lexicon
        .entries()
        .iter()
        .filter(|e| e.id == "insult" && e.language == Language::En)
        .collect();
    assert_eq!(english.len(), 1);
    assert_eq!(english[0].term, "affront");
    assert_eq!(found(&lexicon, "an affront", Language::En).len(), 1);
    assert_eq!(found(&lexicon, "an insult", Language::En).len(), 0);
    assert_eq!(found(&lexicon, "оскорбление", Language::Ru).len(), 1);
}

#[test]
fn config_without_lexicon_table_changes_nothing() {
    let mut lexicon = builtin().clone();
    assert_eq!(
        lexicon.apply_repo_toml("[other]\nx = 1\n", "lexwatch.toml"),
        Ok(())
    );
    assert_eq!(lexicon.entries(), builtin().entries());
}

fn config_error(text: &str) -> LexiconError {
    let mut lexicon = builtin().clone();
    match lexicon.apply_repo_toml(text, "repo/lexwatch.toml") {
        Ok(()) => panic!("expected an error for {text:?}"),
        Err(e) => {
            assert_eq!(lexicon.entries(), builtin().entries(), "unchanged on error");
            e
        }
    }
}

#[test]
fn bad_config_errors_name_the_file_and_the_problem() {
    let e = config_error("[lexicon\ndisable = []\n");
    assert!(
        matches!(e, LexiconError::Toml { line: Some(1), .. }),
        "{e:?}"
    );
    assert!(e.to_string().starts_with("repo/lexwatch.toml:1: "), "{e}");

    let e = config_error("[lexicon]\n\nseverity = { insult = \"extreme\" }\n");
    assert!(
        matches!(e, LexiconError::Toml { line: Some(3), .. }),
        "{e:?}"
    );
    assert!(e.to_string().contains("extreme"), "{e}");

    let e = config_error("[lexicon]\ndisabled = [\"insult\"]\n");
    assert!(
        e.to_string().contains("disabled"),
        "unknown field named: {e}"
    );

    let e = config_error("[lexicon]\ndisable = [\"insutl\"]\n");
    assert_eq!(
        e.to_string(),
        "repo/lexwatch.toml:2: [lexicon] disable: no term has id \"insutl\""
    );

    let e = config_error("[lexicon]\nseverity = { nope = \"high\" }\n");
    assert!(
        matches!(
            e,
            LexiconError::UnknownId {
                field: "severity",
                ..
            }
        ),
        "{e:?}"
    );

    let bad_pattern = REPO_CONFIG.replace("особ* порядк*|порядок", "особ* ...99 порядок");
    let e = config_error(&bad_pattern);
    let LexiconError::Pattern {
        origin, line, id, ..
    } = &e
    else {
        panic!("{e:?}")
    };
    assert_eq!(
        (origin.as_str(), id.as_str()),
        ("repo/lexwatch.toml", "special-order")
    );
    assert_eq!(*line, Some(13));
    assert!(e.to_string().contains("gap"), "{e}");

    let unknown_standard = REPO_CONFIG.replace("\"LOCAL-1\"]", "\"GC99\"]");
    let e = config_error(&unknown_standard);
    assert!(
        matches!(&e, LexiconError::UnknownStandard { key, .. } if key == "GC99"),
        "{e:?}"
    );

    let missing_field = REPO_CONFIG.replace("category = \"unbounded-discretion\"\n", "");
    let e = config_error(&missing_field);
    assert!(e.to_string().contains("category"), "{e}");

    let bad_category = REPO_CONFIG.replace("unbounded-discretion", "vagueness");
    let e = config_error(&bad_category);
    assert!(e.to_string().contains("vagueness"), "{e}");

    let bad_id = REPO_CONFIG.replace("special-order", "Special Order");
    let e = config_error(&bad_id);
    assert!(
        matches!(e, LexiconError::Invalid { field: "id", .. }),
        "{e:?}"
    );
}

#[test]
fn user_lexicon_files_are_validated_and_merged() {
    let duplicate = r#"
[[scope]]
id = "podcasts"
language = "en"
term = "podcasts"
patterns = ["podcast*"]

[[scope]]
id = "podcasts"
language = "en"
term = "podcasts"
patterns = ["podcast*"]
"#;
    let e = Lexicon::from_toml(duplicate, "extra.toml").err();
    assert!(
        matches!(&e, Some(LexiconError::Duplicate { origin, .. }) if origin == "extra.toml"),
        "{e:?}"
    );

    let Some((good, _)) = duplicate.rsplit_once("[[scope]]") else {
        panic!("fixture has two tables")
    };
    let extra = Lexicon::from_toml(good, "extra.toml");
    let Ok(extra) = extra else {
        panic!("{extra:?}")
    };
    let mut lexicon = builtin().clone();
    lexicon.extend(extra);
    assert_eq!(
        lexicon.scope_terms_in("a podcast on mass media", Language::En),
        BTreeSet::from(["mass-media".to_string(), "podcasts".to_string()])
    );
    assert_eq!(lexicon.entries().len(), builtin().entries().len());

    let e = Lexicon::from_toml("term = 3", "extra.toml").err();
    assert!(matches!(e, Some(LexiconError::Toml { .. })), "{e:?}");
}

#[test]
fn pattern_syntax_errors() {
    for (pattern, reason) in [
        ("", "empty"),
        ("... information", "first element"),
        ("information? false", "first element"),
        ("false ...", "end with a gap"),
        ("false ... ...2 information", "two gaps"),
        ("false ...31 information", "gap"),
        ("fa*", "shorter than"),
        ("false, information", "punctuation"),
        ("-false", "hyphen"),
        ("false- information", "hyphen"),
        ("розн{ь,и", "braces"),
        ("a{b}{c}", "one brace group"),
        ("false||information", "empty"),
        ("+false", "empty"),
        ("false+ information", "empty"),
    ] {
        match parse_pattern(pattern) {
            Ok(p) => panic!("{pattern:?} parsed as {p:?}"),
            Err(e) => assert!(e.contains(reason), "{pattern:?}: {e}"),
        }
    }
    assert_eq!(
        parse_pattern("Розн{ь,и}* ...5 ЁЖ?"),
        Ok(vec![
            PatElem::Word {
                alts: vec![("рознь".to_string(), true), ("розни".to_string(), true)],
                optional: false,
                tight: false,
            },
            PatElem::Gap(5),
            PatElem::Word {
                alts: vec![("еж".to_string(), false)],
                optional: true,
                tight: false,
            },
        ])
    );
}

#[test]
fn optional_words_and_gaps() {
    let lexicon = Lexicon::from_toml(
        r#"
        [[term]]
        id = "t"
        language = "en"
        term = "t"
        patterns = ["alpha the? beta ...2 gamma"]
        category = "undefined-harm"
        severity = "low"
        rationale = "R."
        standards = ["VC-ROL"]
        recommendation = "R."
        "#,
        "t.toml",
    );
    let Ok(lexicon) = lexicon else {
        panic!("{lexicon:?}")
    };
    let matched = |text: &str| -> Vec<String> {
        lexicon
            .find(text, Language::En)
            .into_iter()
            .map(|m| m.matched)
            .collect()
    };
    assert_eq!(matched("alpha beta gamma"), ["alpha beta gamma"]);
    assert_eq!(
        matched("alpha the beta, x y gamma"),
        ["alpha the beta, x y gamma"]
    );
    assert_eq!(matched("alpha beta x y z gamma"), Vec::<String>::new());
    assert_eq!(matched("alpha a beta gamma"), Vec::<String>::new());
    // The shortest gap wins.
    assert_eq!(matched("alpha beta gamma gamma"), ["alpha beta gamma"]);
}

#[test]
fn kazakh_terms_match_the_official_text() {
    // Law on Online Platforms, art. 14 para. 1, official Kazakh text.
    let art14 = "Қазақстан Республикасының конституциялық құрылысын күштеп өзгертуді, оның тұтастығын бұзуды, мемлекет қауіпсіздігіне нұқсан келтіруді, соғысты, әлеуметтік, нәсілдік, ұлттық, діни, тектік-топтық және рулық астамшылықты, қатыгездік пен зорлық-зомбылыққа бас ұруды, өзін-өзі өлтіруді, порнографияны, есірткі, психотроптық заттарды, сол тектестерді және прекурсорларды, сепаратизм идеяларын, алаяқтықты, ұлтаралық және конфессияаралық татулықты бұзатын ақпаратты үндеу, насихаттау немесе үгіттеу, сондай-ақ Қазақстан Республикасының мемлекеттілігіне және аумақтық тұтастығына күмән келтіретін мәлімдемелер, мемлекеттік құпияларды немесе заңмен қорғалатын өзге де құпияны ашатын ақпарат және Қазақстан Республикасының заңдарында тыйым салынған өзге де ақпарат құқыққа қайшы контент болып табылады.";
    assert_eq!(
        builtin().count_by_term(art14, Language::Kk),
        BTreeMap::from([
            ("illegal-content", 1),
            ("interethnic-harmony", 1),
            ("other-prohibited-information", 1),
            ("other-protected-secret", 1),
            ("propaganda", 1),
            ("propaganda-of-superiority", 1),
            ("questioning-statehood", 1),
            ("separatism-propaganda", 1),
            ("social-group-or-class", 1),
            ("undermining-state-security", 1),
        ])
    );
    let cases: &[(&str, &str, &str)] = &[
        (
            "false-information",
            "3) жалған ақпарат – шындыққа сай келмейтін не қамтылған фактілер едәуір бұрмаланған",
            "жалған ақпарат",
        ),
        (
            "false-information",
            "**15-бап. Жалған ақпаратты жою**",
            "Жалған ақпаратты",
        ),
        (
            "inaccurate-information",
            "3) жалған ақпарат – шындыққа сай келмейтін не қамтылған фактілер",
            "шындыққа сай келмейтін",
        ),
        (
            "harmful-information",
            "4) онлайн-платформаларда балаларды денсаулығы мен дамуына зиян келтіретін ақпараттан қорғау;",
            "зиян келтіретін ақпараттан",
        ),
        (
            "law-enforcement-requests",
            "сот актілері, Қазақстан Республикасының құқық қорғау немесе арнаулы мемлекеттік органдарының сұрау салуы негізінде пайдаланушылар туралы мәліметтерді сұратады;",
            "құқық қорғау немесе арнаулы мемлекеттік органдарының сұрау салуы",
        ),
        (
            "any-way-not-prohibited",
            "Қазақстан Республикасының заңдарында тыйым салынбаған кез келген тәсілмен еркін",
            "заңдарында тыйым салынбаған кез келген тәсілмен",
        ),
        (
            "illegal-content",
            "1) құқыққа қайшы контенттің Қазақстан Республикасының аумағында таралуына",
            "құқыққа қайшы контенттің",
        ),
    ];
    for (id, text, matched) in cases {
        assert_finds(Language::Kk, id, text, matched);
    }
    assert_eq!(
        builtin()
            .scope_terms_in(
                "6) инфлюенсер (блогер) – онлайн-платформада тұлғалардың беймәлім тобына",
                Language::Kk
            )
            .into_iter()
            .collect::<Vec<_>>(),
        ["bloggers", "influencers", "online-platforms"]
    );
    assert_eq!(
        builtin()
            .scope_terms_in(
                "телекоммуникация желілерін пайдалана отырып, интернет-ресурс және (немесе) интернет желісінде",
                Language::Kk
            )
            .into_iter()
            .collect::<Vec<_>>(),
        ["internet", "internet-resources", "telecommunications-networks"]
    );
}

#[test]
fn folding_keeps_byte_offsets() {
    let text = "ЁЛКА İstanbul ǅ Ⅻ ẞ ÀÉ Қазақ ӘҒҚҢӨҰҮҺІ ЀЏ ѢѣӀ";
    let fold = |text: &str| String::from_utf8(fold_text(text)).unwrap_or_default();
    assert_eq!(fold(text).len(), text.len());
    assert_eq!(fold(text), text.chars().map(fold_char).collect::<String>());
    assert_eq!(fold("ЁЛКА Қазақ ӘҒҚҢӨҰҮҺІ"), "елка қазақ әғқңөұүһі");
    assert_eq!(
        fold("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"),
        "абвгдежзийклмнопрстуфхцчшщъыьэюя"
    );
}

#[test]
fn a_whole_code_is_scanned_in_one_pass() {
    // Many repetitions of a provision: the result scales with the text.
    let article = "1. Распространение заведомо ложной информации, создающей опасность нарушения общественного порядка или причинения существенного вреда правам и законным интересам граждан или организаций либо охраняемым законом интересам общества или государства, –\n\n   наказывается штрафом в размере до одной тысячи месячных расчетных показателей.\n\n";
    let text = article.repeat(2000);
    assert!(text.len() > 1_000_000);
    let counts = builtin().count_by_term(&text, Language::Ru);
    assert_eq!(counts.get("knowingly-false-information"), Some(&2000));
    assert_eq!(counts.get("interests-of-society-or-state"), Some(&2000));
    assert_eq!(counts.get("danger-to-public-order"), Some(&2000));
}
