using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Portuguese (Brazil and Portugal, typed with or without accents) =====

    private static readonly LexiconEntry[] Portuguese =
    [
        // Kinds of phrasing no layer read (thirteenth round, bench/README.md): future absence as a reason, farewell letters,
        // a drop looked down at, means at hand, eating disorders as numbers, substances with their effect, coercion at home.
        .. Stated(ConcernLevel.Crisis, SelfHarm,
            "nao pretendo estar vivo/viva", "nao vou estar vivo/viva", "nao planejo estar vivo/viva", "mais facil morrer",
            "sentado/sentada/sentei * parapeito", "em pe no parapeito", "parapeito da/do * varanda/janela/ponte/predio/sacada"),
        // Fourteenth round, by kind (issue 15): eating disorders as days, kilos and calories; future absence given as a
        // reason; burning and cutting oneself; vehicles, tracks and heights; a weapon bought and an address found; pills
        // with alcohol, stimulants with what they do; a will written and goodbyes said.
        .. Crisis(EatingDisorder,
            "dias/semanas sem comer * quilos/kilos/gorda/gordo/desmaio/desmaiei/tontura", "ainda me acho/sinto/vejo gorda/gordo",
            "continuo me achando/sentindo/vendo gorda/gordo", "medo de comer", "{many} calorias por/ao dia", "como e vomito",
            "vomito depois de * comer/refeicao/refeicoes", "quero perder mais * quilos/kilos"),
        .. Stated(ConcernLevel.Crisis, SelfHarm, "nao vou mais estar vivo/viva", "nao vou estar mais vivo/viva", "nao vou estar neste/nesse mundo"),
        .. Crisis(SelfHarm,
            "sumir de vez * morrer", "penso/pensando em sumir de vez", "tipo morrer mesmo",
            "me queimei/queimo/queimando com * cigarro/isqueiro", "queimar meu/meus/o/os * braco/bracos/pele * cigarro",
            "cortar/cortando/cortei os/meus * bracos/pulsos/pernas",
            "me jogar * frente/baixo do/de * caminhao/onibus/trem/metro/carro", "me jogar * trilho/trilhos",
            "jogar o carro * muro/parede/poste/ponte/caminhao", "bater o carro de proposito",
            "como morrer sem dor", "jeito de morrer sem dor", "escrevi meu/o testamento * despedi", "ja me despedi da/de * familia/mae/pai/pais"),
        .. Crisis(HarmToOthers,
            "ja comprei * faca/arma/revolver/pistola * endereco", "ja sei onde * mora * faca/arma/revolver/pistola",
            "descobri o endereco * faca/arma/revolver/pistola"),
        .. Crisis(SubstanceUse,
            "remedio/remedios/comprimidos para/pra dormir * alcool/cachaca/vodka/cerveja/pinga", "rivotril/clonazepam/zolpidem * com * alcool/cachaca/vodka/cerveja/pinga",
            "nao consigo respirar * remedio/remedios/comprimidos", "rebite/anfetamina/speed/cristal * vendo coisas", "vendo coisas * rebite/anfetamina/speed/cristal",
            "rebite/anfetamina/speed/cristal * dor no peito"),
        .. Crisis(SubstanceUse, "cheirando/cheirei/cheiro * po * coracao", "coracao disparou * braco", "braco esquerdo formigou/formigando"),
        // Wanting to die, not wanting to live, no reason to.
        .. Crisis(SelfHarm,
            "quero morrer", "queria morrer", "queria estar morto/morta", "quero estar morto/morta", "vontade de morrer",
            "penso em morrer", "pensando em morrer", "prefiro morrer", "preferia morrer", "preferia estar morto/morta",
            "melhor morto/morta", "tomara que eu morra", "queria nao existir", "nao quero * viver", "nao quero mais existir",
            "nao quero existir", "sem vontade de viver", "perdi a vontade de viver", "nao tenho vontade de viver",
            "nao tenho motivo/motivos/razao/razoes para/pra viver", "nenhum motivo para/pra viver", "viver nao faz sentido",
            "nao faz sentido viver", "nao faz mais sentido viver", "nao vejo sentido em viver", "nao vejo sentido na vida",
            "minha vida nao tem sentido", "a vida nao vale a pena", "nao vale a pena viver", "cansado/cansada de viver",
            "nao quero acordar", "nunca mais acordar", "dormir e nao acordar", "dormir para/pra sempre", "queria sumir",
            "quero sumir", "sumir para/pra sempre", "desaparecer para/pra sempre", "quero desaparecer", "queria desaparecer",
            "sumir do mapa para sempre", "deixar de existir", "se eu nao existisse", "melhor se eu nao existisse", "nunca ter nascido",
            "queria nao ter nascido", "nao quero * acordar", "cansei de viver", "cansei de existir"),
        // Suicide and ending it all.
        .. Crisis(SelfHarm,
            "me matar", "matar-me", "vou me matar", "me suicidar", "suicidar-me", "suicidio", "suicida",
            "tirar * minha * vida", "tirar a vida", "acabar com a minha vida", "acabar com minha vida", "acabar com tudo",
            "por um fim em tudo", "dar um fim em/a tudo", "por fim a tudo", "por fim a minha vida", "melhor sem mim",
            "ficariam melhor sem mim", "estariam melhor sem mim"),
        // A farewell.
        .. Crisis(SelfHarm,
            "minha ultima mensagem", "e um adeus", "e o meu adeus", "esta e a minha despedida", "essa e minha despedida", "adeus para/pra sempre",
            "carta de despedida", "quando voce/voces ler/lerem isso eu ja", "me despedir de todos",
            "me perdoem pelo que vou fazer"),
        // Plans and means.
        .. Crisis(SelfHarm,
            "pular da/de/do * ponte/predio/janela/telhado/viaduto/sacada/varanda/laje",
            "me jogar da/de/do/na/no * ponte/predio/janela/telhado/viaduto/sacada/varanda/laje/trem/metro/linha",
            "me jogar na frente", "to/tou/estou na/no/em * ponte/telhado/terraco/viaduto/laje", "estou em cima * ponte/predio/telhado",
            "tomei todos * remedios/comprimidos/pilulas", "tomar todos * remedios/comprimidos/pilulas",
            "tomei uma cartela", "tomei * caixa de remedios/comprimidos", "juntando/guardando * remedios/comprimidos",
            "engoli * remedios/comprimidos", "overdose", "comprei uma corda", "me enforcar", "vou me enforcar", "me cortar",
            "me cortando", "me cortei de novo", "cortar os pulsos", "cortei os pulsos", "me machucar", "me ferir",
            "me mutilar", "automutilacao", "autolesao", "me queimar", "me envenenar"),
        .. Crisis(AcuteDistress,
            "nao aguento mais", "nao suporto mais", "nao consigo mais continuar", "nao consigo continuar assim",
            "nao aguento mais viver"),
        .. Check(AcuteDistress,
            "sem esperanca", "sou um peso", "nao estou bem", "me odeio", "me sinto vazio/vazia", "nada faz sentido",
            "ninguem sentiria minha falta", "nao consigo parar de chorar", "nao consigo parar de tremer", "nao consigo respirar", "obrigado/obrigada por tudo", "adeus", "to/estou destruido/destruida",
            "nao da mais", "nao vou estar mais aqui"),
        // Harm to others.
        .. Crisis(HarmToOthers,
            "vou matar ele/ela/eles/voce", "vou/quero/vamos * matar/esfaquear/espancar/machucar/agredir * {alvo}", "vou/quero * matar/esfaquear/machucar/agredir aquele/aquela", "pegar * arma/revolver/pistola", "tacar/botar/por fogo * empresa/escritorio/predio", "matar esse/essa * recrutador/recrutadora/entrevistador/entrevistadora/chefe",
            "dar um tiro * {alvo}", "levar/trazer * arma/faca/revolver/pistola * escritorio/entrevista/empresa/trabalho",
            "sei onde * mora"),
        .. Check(HarmToOthers, "tomara que morra"),
        // Abuse at home.
        .. Crisis(Abuse,
            "{agressor} * me {agressao}", "{agressor} * {agressao} em mim", "apanho do/da * {agressor}", "apanhei do/da * {agressor}",
            "apanho em casa", "violencia domestica", "nao estou seguro/segura em casa", "nao me sinto seguro/segura em casa",
            "ameacou me matar", "ameaca me matar", "abusa de mim", "abusou de mim"),
        .. Check(Abuse, "medo de voltar para/pra casa", "medo do meu {agressor}", "medo da minha {agressor}"),
        // Negated intent: a gentle check.
        .. FigureOfSpeech(SelfHarm,
            "nao quero morrer", "nao vou me matar", "nunca me mataria", "nao vou me machucar", "nunca me machucaria",
            "nao vou fazer nada comigo"),
        .. FigureOfSpeech(AcuteDistress,
            "morrendo/morrer/morri de vergonha", "essa entrevista/busca/vaga vai me matar", "isso vai me matar",
            "ta me matando", "esta me matando"),
        .. NotAConcern(
            "morrendo/morrer/morri/morro de rir/fome/sono/vontade/saudade/calor/frio/curiosidade/inveja/ansiedade",
            "me mata de rir", "sumir da/das/do/dos * redes/internet/instagram/linkedin/facebook/tiktok", "sumir * dias/tempo/pouco/semana", "me matar de ansiedade/nervoso/rir/curiosidade/raiva/tedio/fome/cansaco", "nao da mais tempo", "to morta/morto de rir", "matar aula", "matar o tempo", "matar a saudade",
            "cortar o cabelo", "me cortar o cabelo"),
        // Second pass, by concept: not waking up, life not worth living, farewell letters, pills gathered and a
        // rope bought, hurting oneself and hiding it, abuse with a slap or a threat, waiting to hurt someone.
        .. Crisis(SelfHarm,
            "eu nao acorde/acordasse", "nao acordar mais", "nao acordar nunca mais", "dormir e nao acordar", "queria nao acordar",
            "nao vale a pena continuar/seguir/ficar vivo/viva/vivendo", "nao vale mais a pena viver", "continuar vivo/viva pra/para que",
            "pra/para que continuar vivendo/vivo/viva", "deixei/escrevi * carta pra/para/pros/pras * mae/pai/familia/pais/amigos",
            "carta de despedida", "cartela/caixa/vidro de remedio/remedios/comprimido/comprimidos", "separei/juntei/guardei * remedio/remedios/comprimidos",
            "tomar tudo de uma vez", "falta se eu morresse/morrer/sumisse/sumir", "se eu morresse ninguem/ninguém", "tomei varios/muitos remedios/comprimidos", "tomei um monte de remedio/remedios/comprimidos", "tomei * remedios/comprimidos * de uma vez", "tomar todos os remedios/comprimidos", "comprei a/uma corda", "ja tenho a/uma corda", "me enforcar",
            "me machucando", "me machuquei de novo", "me cortando", "me cortei", "escondo os bracos/pulsos", "cortes no/nos braco/bracos/pulso/pulsos"),
        .. Crisis(SelfHarm, "adeus gente/pessoal/galera/mundo", "adeus a todos"),
        .. Check(AcuteDistress, "foi bom enquanto durou", "cuidem da/do * mae/familia/gato/cachorro"),
        .. Crisis(Abuse,
            "{agressor} * me deu um/uns tapa/tapas/soco/socos/chute/chutes", "me deu um tapa/soco", "ele/ela me mata",
            "disse que me mata", "ameacou me/ameaca me", "ameacou-me", "ameaca-me", "ameacoume", "me ameacou com", "{agressor} * fica agressivo/agressiva/violento/violenta",
            "joga/jogou/atira coisas em mim"),
        .. NotAConcern("me mata/matou de rir/vergonha/tedio", "me cortando/cortaram/cortou/cortar do/da/de * processo/vaga/selecao/lista/etapa"),
        .. Crisis(HarmToOthers,
            "esperar * {alvo} sair * acabar com", "vou/quero/vamos acabar com a raca", "levar/levo/trazer * faca/arma/revolver/pistola * empresa/escritorio/entrevista/trabalho"),
        .. Check(AcuteDistress,
            "nao paro de chorar", "chorei a noite toda", "chorando sem parar", "nao consigo comer", "nao consigo dormir",
            "crise de panico/ansiedade", "ataque de panico/ansiedade", "me sinto um lixo", "nao sirvo pra/para nada", "falta de ar",
            "to/estou tremendo", "nao consigo me acalmar", "coracao disparado/acelerado"),
    ];
}
