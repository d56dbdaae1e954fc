namespace CoachBot.Safety.Concepts;

internal static partial class ConceptLexicon
{
    /// <summary>Spanish, with Latin American and Spanish colloquial forms (neta, pa que, chamba).</summary>
    private const string Spanish = """
        self: yo, me, mi, mis, mio, mia, conmigo, mismo, misma, matarme, quitarme, cortarme, tirarme, colgarme, morirme, suicidarme, lastimarme, desaparecer yo
        others: todos, todas, todo el mundo, nadie, alguien, ellos, ellas, gente, les, los demas, la gente
        family: mama, papa, padre*, madre*, herman*, familia*, mis viejos, mi viejo, mi vieja, abuel*, tio, tia, padrastro, madrastra, mis papas
        partner: novio, novia, esposo, esposa, marido, pareja, mi ex, exnovio, exnovia
        want: quier*, quisiera, ganas, desear*, deseo, ojala, prefiero, preferiria, me gustaria, pienso en, pensando en, estoy pensando, pienso, voy a, vas a, va a, necesito
        not: no, ni, nada, sin, tampoco, nadie
        never: nunca, jamas, ya no, nunca mas, no mas, nunca jamas
        death: muer*, mori*, morir*, fallec*, tumba, funeral, velorio, me muera, muera, morirme
        suicide: suicid*, matarme, quitarme la vida, acabar con mi vida, terminar con mi vida, me mato, me voy a matar, quitarme de en medio, acabar conmigo, quitarme del camino
        kill: matar*, mato, mata, matan, matando, matare, matarlo, matarla, matarlos, matarlas, mataria, asesin*, masacre, apuñal*, apunal*, acuchill*, reventar*, reventarle, partirle, romperle la cara, ahorc*, estrangul*, ahogarlo
        live: vivir, vivo, viva, vida, vivir*, seguir, sigo, seguir adelante, existir, existo, estar aqui, seguir aqui, seguir viviendo, despertar
        end: acabar*, acabo, acab*, terminar*, termin*, fin, parar, detener, dejar de, se acabe, que se acabe, todo esto, ponerle fin, cortar por lo sano
        disappear: desaparec*, dejar de existir, no existir, esfumar*, irme para siempre, ya no estar, no estar, no despertar, que no exista, borrarme, no estar aqui
        sleep: dormir, duerm*, despert*, despierte, dormirme, no despertar, dormir para siempre
        forever: para siempre, eterno, eternamente, nunca mas
        goodbye: adios, despedirme, me despido, despedida, perdon, perdonenme, perdoname, gracias por todo, cuidense, cuiden a, los quiero, los amo, hasta siempre, digan a, diganle, ultimo mensaje, cuiden a mi, cuiden de mi, cuida a mi
        last: ultim*, ultima vez, ultimo mensaje, por ultima vez
        pills: pastill*, pildora*, tableta*, sobredosis, veneno, envenen*, medicamento*, medicina*, clonazepam, rivotril, paracetamol, cloro, raticida, blister, pastis, clona*, tafil, alprazolam, ibuprofeno, me tome todo, lo que me recetaron
        height: azotea, techo, puente, balcon, ventana, edificio, piso, precipicio, vias, tren, metro, acantilado, terraza, cornisa, periferico, autopista, me atropelle, me atropellara, atropell*
        jump: salt*, tirarme, lanzarme, aventarme, arrojarme, caer, caerme, me aviento, me tiro
        blade: cuchillo*, navaja*, cuchilla*, hoja de afeitar, cutter, tijeras, vidrio, rastrillo, gillette
        cut: cortar*, cortarme, me corto, me corte, cortes, autolesi*, lastimarme, hacerme dano, cicatri*, quemarme, me lastimo, me hago dano, hacerme dano, quemo, me quemo, encendedor, cigarro
        rope: cuerda, soga, ahorcar*, colgar*, colgarme, cinturon, lazo, ventilador, horca
        gun: pistola, arma, armas, fusil, escopeta, rifle, disparar*, dispar*, balazo*, bala*, tiro, tiros, pegarme un tiro, plomo
        hit: peg*, golpe*, golp*, cachetad*, bofetad*, patad*, punetazo*, madrazo*, chingadazo*, cinturonazo*, correa, chancla*, zarandea*, empuja*, jalon*
        hurt: dano, danar, lastim*, herir*, sufr*, abus*, maltrat*, violen*, viol*, toca, tocaba, vengar*, venganza, pagar, pagaran, las va a pagar, acostaba con, acostarme con
        threat: amenaz*, o si no, me va a matar, me mata si, me corre, me echa, echar de la casa, se las va a ver, me encierra, no me deja, encierran, encerr*, me echaron de la casa, me echaron de casa
        fear: miedo, asustad*, aterrad*, temo, insegur*, esconder*, escondid*, me da miedo
        starve: comer, comida, no como, dejar de comer, deje de comer, no he comido, ayuno, ayunar, vomit*, devolver, purg*, laxante*, peso, gorda, gordo, flaca, flaco, calorias, atracon*, anorex*, bulim*, sin comer, kilos, en ayunas, ayunas, comidas, adelgaz*, salto comidas, saltarme comidas
        drink: beb*, borrach*, alcohol*, chela*, cerveza*, tequila, vodka, mezcal, droga*, drogar*, drogad*, coca, mota, porro*, cocaina, peda, crudo, resaca, recaida, recai*, pedo, perico, crack, piedra, merca, heroina, fentanilo, perderme, porros, porro, rayas, una raya, perder el conocimiento, cristal, bien pedo
        now: ahora, ahorita, hoy, esta noche, en este momento, ahora mismo, hace rato, hace un rato, hace minutos, ya mismo, esta tarde
        soon: manana, lunes, martes, miercoles, jueves, viernes, sabado, domingo, fin de semana, pronto, la proxima semana, esta semana
        plan: plan*, metodo, nota, carta, decid*, listo, lista, preparad*, compre, comprar, compro, comprado, compradas, conte, contado, guarde, guardado, guardadas, guardando, ahorr*, junte, juntado, juntando, tengo todo, ya tengo, cuantas, dosis, regale, regalando, mis cosas, testamento, ya se como, se como, lo tengo pensado, elegir el dia, escoger el dia, busque como, como hacerlo, contrasenas, contrasena, deudas, deje todo escrito, regale mis
        pointless: sin sentido, no tiene sentido, sentido, para que, pa que, de que sirve, no vale la pena, sin esperanza, no hay salida, sin salida, sin futuro, no hay esperanza, nada importa, no tiene caso, que caso tiene, sin razon, razon para, ningun sentido, no le veo
        burden: carga, estorbo, mejor sin mi, estarian mejor, estaria mejor, mejor sin, a nadie le importa, le importa, nadie me extranaria, nadie notaria, se daria cuenta, gasto, un gasto, dejaria de ser, extranaria*, sin mi
        cantgoon: no aguanto, aguant*, no puedo mas, ya no puedo, no puedo seguir, me rindo, rendirme, rendir*, soportar, soporto, harto, harta, hasta aqui, ya estuvo, llegue al limite, limite, me supera, no doy mas, no puedo con
        tired: cansad*, agotad*, exhaust*, quemad*, reventad*
        cry: llor*, lagrimas
        panic: panico, ataque de panico, ansiedad, no puedo respirar, respirar, temblando, tiembl*, taquicardia, ahog*, crisis
        worthless: inutil, fracas*, no sirvo, no valgo, basura, decepcion*, me odio, porqueria, soy un fracaso, no soy suficiente
        alone: solo, sola, soledad, nadie
        sad: triste*, deprim*, depresion, destroz*, devastad*, roto, rota, vacio, vacia, hundid*, mal, fatal, bajon, del asco
        everything: todo, todo esto, nada
        job: trabajo*, chamba, empleo*, entrevista*, rechaz*, oferta*, empresa*, reclutador*, rh, recursos humanos, curriculum, cv, solicitud*, postul*, aplique, vacante*, practicas, pasantia*, puesto, jefe, correo, mail, feedback, contrat*, proceso, seleccion, linkedin, carta de presentacion, dinamica, examen, prueba
        laugh: jaja*, jeje*, jiji*, jsjs*, xd, lol, es broma, broma, bromeando, ntc
        figure: me muero de hambre, de hambre, de risa, de sueno, de ganas, de verguenza, de aburrimiento, me muero por, muero por, me mata la, me mata el, me estan matando, muerto de, muerta de, hambre, sueno, aburr*, verguenza, cansancio, risa, calor, frio, morirme de, matar por, mataria por, la rompi, rompi, me mato de la risa, muero de, me muero de, para morirse
        request: como, puedes, podrias, ayudame, ayudar, revisar, revisa, redact*, escribir, consejo*, que hago, que le digo, por favor, porfa, pregunta, cual
        okay: bien, estoy bien, ok, vale, tranqui*, mejor, esperanza, animo, seguir intentando, siguiente, aprendi, ni modo, ya pasara, gracias, bueno, molest*, enojad*, frustrad*, decepcionad*, coraje
        nosleep: no duermo, no he dormido, no puedo dormir, insomnio, sin dormir, no he comido, sin comer, dias sin, toda la noche, desde ayer, todo el dia
        wound: sangre, sangr*, cicatri*, herida*, marcas, moretones, moreton*
        fire: prender fuego, prendo fuego, quemar, quemo, incendi*, gasolina, encendedor
        """;
}
