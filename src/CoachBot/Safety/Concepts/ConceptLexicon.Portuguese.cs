namespace CoachBot.Safety.Concepts;

internal static partial class ConceptLexicon
{
    /// <summary>Portuguese, Brazilian and European, with chat spellings (vc, q, n, nao).</summary>
    private const string Portuguese = """
        self: eu, me, mim, meu, minha, meus, minhas, comigo, mesmo, mesma, me matar, me cortar, me jogar, me enforcar
        others: todos, todo mundo, ninguem, alguem, eles, elas, gente, os outros, as pessoas, pessoal, lhe
        family: mae, pai, pais, irma*, irmao*, familia*, avo, avos, tio, tia, padrasto, madrasta, meus pais, minha familia
        partner: namorado, namorada, marido, esposa, esposo, mulher, companheiro, companheira, meu ex, minha ex
        want: quer*, quero, queria, vontade, desej*, gostaria, prefiro, preferia, tomara, pensando em, penso em, vou, to pensando, preciso
        not: nao, n, nem, nada, sem, ninguem
        never: nunca, jamais, nao mais, nunca mais, ja nao
        death: morr*, morte, morto, morta, falec*, tumba, caixao, velorio, enterro, funeral
        suicide: suicid*, me matar, tirar minha vida, tirar a minha vida, acabar com a minha vida, acabar com minha vida, me mato, dar fim em mim, dar cabo de mim
        kill: matar*, mato, mata, matei, matou, matando, matarei, mataria, assassin*, esfaque*, massacr*, esfaque*, estrangul*, enforc*, arrebentar, quebrar a cara
        live: viver, vivo, viva, vida, viv*, continuar, seguir, seguir em frente, existir, existo, estar aqui, aguentar viver, acordar
        end: acabar*, acab*, terminar*, termin*, fim, parar, parei, chega, por um fim, dar um fim, tudo isso, encerrar
        disappear: desaparec*, sumir, sumi*, deixar de existir, nao existir, nao estar aqui, nao acordar, evaporar, apagar
        sleep: dormir, durm*, acord*, dormir pra sempre, dormir para sempre
        forever: para sempre, pra sempre, eterno, eternamente, nunca mais
        goodbye: adeus, tchau, despedir*, despedida, me despedir, perdao, me perdoem, me perdoa, desculpa por tudo, obrigad* por tudo, cuidem, amo voces, digam a, despeco, me despeco, ultima mensagem, foi bom enquanto durou
        last: ultim*, ultima vez, ultima mensagem, pela ultima vez
        pills: remedio*, comprimido*, pilula*, overdose, veneno, envenen*, medicamento*, rivotril, tarja preta, clonazepam, chumbinho, cartela, remedios, comprimidos, calmantes, calmante, antidepressivo*, paracetamol, zolpidem
        height: telhado, laje, ponte, sacada, varanda, janela, predio, andar, precipicio, trilho*, trem, metro, penhasco, viaduto, terraco, cobertura, atropel*
        jump: pular, pulo, pulei, pulando, me jogar, me atirar, atirar, cair, me jogo
        blade: faca*, lamina*, gilete, navalha, estilete, tesoura, vidro, canivete
        cut: cortar*, me cortar, me corto, me cortei, corte*, autolesa*, automutila*, me machucar, cicatri*, me queimar, me ferir, queimo, queimar, me queimo, isqueiro, cigarro
        rope: corda, forca, enforc*, pendurar, cinto, ventilador
        gun: arma, armas, revolver, pistola, espingarda, rifle, atirar*, tiro, tiros, bala*, disparar
        hit: bater*, bate, batia, batendo, bateu, apanh*, soco*, tapa*, chute*, surra*, espanc*, empurr*, cinta, chinelada*, joga coisas, partiu-me
        hurt: machuc*, ferir*, feri*, dor, sofr*, abus*, maltrat*, violen*, estupr*, toca em mim, vingan*, pagar caro, vao pagar, passou a mao
        threat: ameac*, ou entao, senao, vai me matar, me mata se, me expulsar, me expulsou, me tranca, nao me deixa, fechou-me, me trancou, trancad*, fechou no quarto, me fecha
        fear: medo, assustad*, apavorad*, aterroriz*, insegur*, escond*
        starve: comer, comida, nao como, parei de comer, nao comi, jejum, vomit*, purg*, laxante*, peso, gorda, gordo, magra, calorias, compuls*, anorex*, bulim*, sem comer, quilos, so de agua, so agua, agua e cafe, emagrec*, sem almocar, sem jantar, sem janta, refeicao
        drink: beb*, bebad*, alcool*, cerveja*, cachaca, vodka, droga*, drogad*, maconha, cocaina, brisa, chapad*, ressaca, recaida, recai*, crack, pedra, lanca, heroina, pinga, cheirando, cheirar, snifar, cheirei
        now: agora, hoje, hoje a noite, hoje de noite, nesse momento, neste momento, agora mesmo, ja, minutos atras, ha pouco
        soon: amanha, segunda, terca, quarta, quinta, sexta, sabado, domingo, fim de semana, semana que vem, logo, essa semana
        plan: plan*, metodo, bilhete, carta, decid*, pronto, pronta, preparad*, comprei, comprar, comprado, contei, junt*, guard*, ja tenho, tenho tudo, quantos, dose, doei, doando, minhas coisas, testamento, ja sei como, sei como, senhas, dividas, dei minhas coisas
        pointless: motivo nenhum, nenhum motivo, sem motivo, sem razao, sem sentido, nao faz sentido, sentido, pra que, para que, de que adianta, nao vale a pena, sem esperanca, sem saida, sem futuro, nada importa, sem motivo, motivo pra, motivo para, razao pra, razao para, nenhum sentido
        burden: peso pra, peso para, fardo, estorvo, melhor sem mim, estariam melhor, ficariam melhor, melhor sem, ninguem liga, ninguem se importa, ninguem sentiria falta, sentiria falta, ninguem ia notar, gasto, sem mim
        cantgoon: nao aguento, aguent*, nao consigo mais, nao da mais, nao posso mais, desist*, suportar, suporto, cansei de tudo, no limite, limite, chega
        tired: cansad*, exaust*, esgotad*, acabad*
        cry: chor*, lagrima*
        panic: panico, crise de panico, ansiedade, crise de ansiedade, nao consigo respirar, respirar, tremendo, tremer, tremo, falta de ar, crise
        worthless: inutil, fracass*, nao sirvo, nao presto, lixo, decepcao, me odeio, um fracasso, nao sou suficiente, merda
        alone: sozinh*, solidao, ninguem
        sad: triste*, deprimid*, depressao, destruid*, arrasad*, quebrad*, vazio, vazia, pra baixo, mal, pessimo, horrivel, na bad
        everything: tudo, tudo isso, nada
        job: trabalho*, emprego*, vaga*, entrevista*, rejei*, recus*, proposta*, oferta*, empresa*, recrutador*, rh, curriculo, cv, candidat*, aplicacao, estagio*, trainee, chefe, gestor*, email, e-mail, feedback, contrat*, processo seletivo, linkedin, dinamica, prova, teste
        laugh: k, haha*, hehe*, rsrs*, lol, brincadeira, zoeira, to zoando, xd
        figure: morrendo de fome, de fome, de rir, de sono, de vontade, de vergonha, de tedio, morrendo de, morri de, to morto, to morta, morto de, morta de, fome, sono, tedio, vergonha, calor, frio, mata a, matar a saudade, matei a, arrasei, arrasou, mandei bem, me matando de, morrer de
        request: como, pode, poderia, me ajuda, ajudar, revisar, revisa, escrever, redigir, dica*, conselho*, o que faco, o que eu faco, o que digo, por favor, pfv, pergunta, qual
        okay: bem, to bem, estou bem, ok, tranquil*, melhor, esperanca, bola pra frente, proxima, aprendi, faz parte, vai passar, obrigad*, irritad*, chatead*, frustrad*, decepcionad*, bravo, brava, com raiva
        nosleep: nao durmo, nao dormi, nao consigo dormir, insonia, sem dormir, nao comi, sem comer, dias sem, a noite toda, desde ontem, o dia todo
        wound: sangue, sangr*, cicatri*, ferida*, marcas, hematoma*, roxo*
        fire: tacar fogo, incendi*, queimar, gasolina, isqueiro, por fogo, botar fogo, colocar fogo, taco fogo
        """;
}
