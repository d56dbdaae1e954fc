namespace CoachBot.Safety.Concepts;

internal static partial class ConceptLexicon
{
    /// <summary>Hindi in Devanagari, and Hinglish: Hindi typed in Latin letters, in its common spellings.</summary>
    private const string Hindi = """
        self: मैं, मैंने, मुझे, मुझको, मेरा, मेरी, मेरे, खुद, अपने, अपनी, अपना, हम, main, mai, mein, mujhe, mujhko, mera, meri, mere, khud, apne, apni, apna, hum, humko
        others: सब, सबको, सबका, सबकी, कोई, किसी, किसीको, लोग, लोगों, उसे, उसको, उन्हें, उसका, sab, sabko, sabka, koi, kisi, kisiko, log, logon, use, usko, unhe, unko, uska, sabhi
        family: माँ, मां, मम्मी, पापा, पिताजी, पिता, माता, भाई, बहन, घरवाले, घरवालों, परिवार, दादी, नानी, चाचा, maa, mummy, mumma, mom, papa, pitaji, bhai, behen, bahen, gharwale, gharwalon, parivaar, family, dadi, nani, chacha
        partner: पति, पत्नी, बॉयफ्रेंड, गर्लफ्रेंड, मंगेतर, pati, patni, boyfriend, girlfriend, bf, gf, mangetar
        want: चाहता, चाहती, चाहते, चाह, मन, इच्छा, काश, सोच रहा, सोच रही, सोचता, सोचती, chahta, chahti, chahte, chah, mann, iccha, ichha, kaash, kash, soch raha, soch rahi, sochta, sochti, dil karta, jaunga, jaungi, lunga, lungi, jana hai, marna hai, जाना है, मरना है
        not: नहीं, नही, ना, न, मत, बिना, कुछ नहीं, nahi, nahin, nai, na, mat, bina, kuch nahi
        never: कभी नहीं, अब नहीं, कभी, kabhi nahi, ab nahi, ab aur nahi, kabhi
        death: मर*, मौत, मृत्यु, मरा, मरी, मरे, मरूं, मरूँ, मरना, मर जाऊं, मर जाना, मरने, mar, marna, mar jaun, mar jaunga, mar jaungi, mar jana, marne, maut, mrityu, mar jau, mar gaya, mar gayi, mara, mari
        suicide: आत्महत्या, ख़ुदकुशी, खुदकुशी, सुसाइड, जान दे, जान देना, जान दे दूं, atmahatya, aatmhatya, khudkushi, suicide, jaan de, jaan dena, jaan de dunga, jaan de dungi
        kill: मार*, जान से, कत्ल, ख़त्म कर दूंगा, maar, maarna, maar dunga, maar dungi, maar dalunga, jaan se, qatal, katl, khatam kar dunga, goli maar, maar daalunga, sar phod, sir phod, सर फोड़, सिर फोड़, gala daba, gala ghont, गला दबा, गला घोंट, chaku maar, jaan se maar, टपका, tapka, uda dunga, उड़ा दूंगा
        live: जीना, जीने, जी, जिंदगी, ज़िंदगी, जीवन, जिंदा, ज़िंदा, जीता, जीती, jeena, jina, jeene, jine, zindagi, jindagi, jeevan, zinda, jinda, jeeta, jeeti, jee, जीकर, jeekar, jeeke
        end: ख़त्म, खत्म, खतम, बंद, अंत, रुक, khatam, khatm, band, ant, ruk, sab khatam, khatam karna, khatam kar, khatam kar lunga, khud ko khatam, खुद को खत्म, खुद को ख़त्म
        disappear: गायब, गायब हो, मिट, ना रहूं, न रहूं, नहीं रहूंगा, gayab, gaayab, mit jaun, na rahun, nahi rahunga, nahi rahungi, chala jaun, chali jaun
        sleep: सो, सोना, सो जाऊं, उठना, उठूं, नींद, so jaun, sona, uthna, uthu, uthun, neend, subah uthna, आँख न खुले, आँख ही न खुले, aankh na khule, aankh hi na khule
        forever: हमेशा, हमेशा के लिए, सदा, hamesha, hamesha ke liye, humesha
        goodbye: अलविदा, बाय, माफ करना, माफ़ करना, धन्यवाद सब, शुक्रिया सब, ख्याल रखना, alvida, bye, maaf karna, maaf kar dena, shukriya sabka, khayal rakhna, khyal rakhna, sorry sabko, sorry bolna, sorry bol dena, bata dena sorry, माफ़ी, maafi
        last: आखिरी, आख़िरी, अंतिम, akhri, aakhri, aakhiri, akhiri, last, antim
        pills: गोली, गोलियां, गोलियाँ, दवाई, दवा, ज़हर, जहर, नींद की गोली, goli, goliyan, goliya, dawai, dawa, zeher, zehar, jahar, sleeping pills, pills, tablets, गोलियों, goliyon, patti, पत्ती, strip, स्ट्रिप, पत्ता, patta, nigal, निगल, sleeping pill
        height: छत, पुल, बालकनी, खिड़की, बिल्डिंग, मंज़िल, ट्रेन, पटरी, रेल, chhat, pul, balcony, khidki, building, manzil, train, patri, terrace, floor, gaadi ke aage, gaadi ke neeche, ट्रेन के आगे, train ke aage, truck ke neeche
        jump: कूद*, गिर, छलांग, kood, koodna, kud, kudna, kood jaunga, kood jaungi, gir, chhalang
        blade: ब्लेड, चाकू, छुरी, रेज़र, blade, chaku, chaaku, churi, razor, knife
        cut: काट*, कट, कटिंग, नस, ज़ख्म, काट लिया, kaat, kat, kaat liya, cutting, cut, nas, nas kaat, zakhm, nishaan, nishan, khud ko nuksan, khud ko chot, जला, जलाती, जलाता, सिगरेट, jala, jalati, jalata, cigarette
        rope: रस्सी, फंदा, फांसी, पंखे, लटक, rassi, fanda, phanda, fansi, phansi, pankhe, pankha, latak
        gun: बंदूक, पिस्तौल, गोली मार, कट्टा, हथियार, bandook, banduk, pistol, gun, goli maar, katta, hathiyar
        hit: मार*, पीट*, थप्पड़, थप्पड़, बेल्ट, पिटाई, maarte, maara, maarta, peet, peeta, peetna, pitai, thappad, belt, laat, sar phod, sir phod, सर फोड़, सिर फोड़, maarta hai, maarti hai, peet*, laat maar, danda, डंडा, chappal, maarne, मारते
        hurt: चोट, नुकसान, दर्द, तकलीफ, सताना, परेशान, chot, nuksan, nuksaan, dard, takleef, satana, hurt, harm, badla, छुआ, zabardasti, ज़बरदस्ती
        threat: धमकी, धमकाया, वरना, नहीं तो, dhamki, dhamkaya, warna, varna, nahi toh, nahi to, dekh lena, chhodunga nahi, dekh lunga, sabak sikha, सबक सिखा, dhamki de, band kar dete, kamre me band
        fear: डर, डरती, डरता, डर लग, dar, darr, darti, darta, dar lag, darr lag, khauf
        starve: खाना, खाया, भूखा, भूखी, उल्टी, वज़न, मोटी, मोटा, khana, khaya, bhookha, bhookhi, bhooka, ulti, vazan, wazan, moti, mota, bhook, ulti kar, उल्टी कर, ungli, उंगली, vomit, patli, पतली, पानी पे, sirf paani
        drink: शराब, दारू, नशा, ड्रग्स, पी, sharab, daaru, daru, nasha, drugs, pee, peeke, ganja, weed, पीना, पीने, smack, charas, chitta, pee raha, pee rahi, peeta, peeti, पीता, पीती, nashe, नशे, heroin, coke, चिट्टा, cocaine, joint, tunn, modafinil, behosh, बेहोश
        now: अब, अभी, आज, आज रात, इसी वक्त, ab, abhi, aaj, aaj raat, isi waqt, turant
        soon: कल, सोमवार, जल्दी, इस हफ्ते, kal, somvar, monday, jaldi, is hafte, parso
        plan: प्लान, तय, जमा, इकट्ठा, तैयारी, लेकर आया, ले आया, खरीद, plan, tay, jama, ikattha, taiyari, lekar aaya, le aaya, le aayi, kharid, khareed, note, chitthi, चिट्ठी, tab kar, tab karunga
        pointless: मतलब नहीं, कोई मतलब, मतलब, बेकार, कोई फायदा नहीं, फायदा, उम्मीद नहीं, वजह, matlab nahi, koi matlab, matlab, bekaar, bekar, koi fayda nahi, fayda, faida, ummeed nahi, umeed nahi, wajah, vajah, koi wajah, क्या करूं, kya karu, kya karun
        burden: बोझ, मेरे बिना, बिना मेरे, खुश रहेंगे, फर्क नहीं, किसी को फर्क, bojh, boj, mere bina, bina mere, khush rahenge, fark nahi, farak nahi, kisiko fark, kisi ko fark, paisa barbaad
        cantgoon: सह नहीं, सहन नहीं, बर्दाश्त नहीं, हिम्मत टूट, और नहीं, हार गया, हार गई, थक गया, थक गई, sah nahi, sehen nahi, bardasht nahi, himmat toot, aur nahi, haar gaya, haar gayi, ab aur nahi, hota nahi, ho nahi raha
        tired: थका, थकी, थक, थकान, thaka, thaki, thak, thakan, thak gaya, thak gayi
        cry: रो, रोना, रोती, रोता, आंसू, ro, rona, roti, rota, ro rahi, ro raha, aansu, aasu
        panic: घबराहट, पैनिक, सांस, बेचैनी, कांप, दिल, ghabrahat, panic, saans, bechaini, kaanp, kaamp, dil tez, anxiety
        worthless: बेकार, निकम्मा, नाकाम, किसी काम का, फेल, bekaar, nikamma, nakaam, kisi kaam ka, kisi kaam ki, fail, loser, nalayak
        alone: अकेला, अकेली, akela, akeli, koi nahi
        sad: दुखी, उदास, टूट, डिप्रेशन, बुरा, dukhi, udaas, udas, toot, toota, tooti, depression, bura, sad
        everything: सब कुछ, सब, sab kuch, sab kuchh, sab
        job: नौकरी, जॉब, इंटरव्यू, रिजेक्शन, रिजेक्ट, कंपनी, ऑफर, रिज्यूमे, प्लेसमेंट, एचआर, naukri, job, interview, rejection, reject, company, offer, resume, cv, placement, hr, internship, kaam, office, boss, manager, mail, feedback, round
        laugh: हाहा, lol, haha*, hehe*, mazak, mazaak, majak, jk
        figure: थकान से, भूख से, भूख, बोरियत, शर्म, मरा जा रहा, जान निकल, से मर, thakan se, bhook se, bhookh se, boriyat, sharam, mara ja raha, jaan nikal, se mar, maar dalega, band baj, class le li
        request: कैसे, क्या, बता, देख लो, मदद, kaise, kya, bata, batao, dekh lo, dekh loge, check kar, madad, help, please, plz
        okay: ठीक, कोई बात नहीं, अगली बार, चलता है, ठीक हूं, theek, thik, koi baat nahi, agli baar, chalta hai, theek hu, thik hu, ok, gussa, naraz
        nosleep: नींद नहीं, सो नहीं, कुछ खाया नहीं, दो दिन, neend nahi, so nahi, kuch khaya nahi, do din, raat bhar, poori raat, subah se
        wound: खून, निशान, ज़ख्म, khoon, khun, nishaan, nishan, zakhm
        fire: जला दूंगा, पेट्रोल, माचिस, aag laga, jala dunga, jala du, petrol, machis, lighter
        """;
}
