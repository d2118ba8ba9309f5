"""Rebuild the name gazetteer under ``patterns/data/names/`` from its public sources.

Run from the repository root (Faker is needed at build time only, never at run time)::

    pip install "faker==40.54.0"
    python patterns/data/rebuild_names.py [--source ../shared/data/os2datascanner]

Sources, and what is taken from each:

* The national street-name list (``da_addresses.jsonl``, same OS2datascanner commit, MPL-2.0):
  the towns and villages that streets are named after (``Thorup Bygade``, ``Skovby
  Landevej``), added to the places.

* Danmarks Statistik's name statistics (1 Jan 2014), as published by the OS2datascanner project
  (``da_20140101_dst_fornavne-kvinder.jsonl``, ``..._fornavne-mænd.jsonl``,
  ``..._efternavne.jsonl``; MPL-2.0). One upper-case name a line, most common first. The line
  order is the only commonness information, so it is kept as a *tier* (see ``FIRST_TIERS`` and
  ``SURNAME_TIERS``): the detector trusts a lone first name only when it is common.
* Faker (MIT): Latin-script first names and surnames of the locales most Danes of other
  backgrounds come from (Turkish, Polish, Pakistani, Bosnian/Croatian, Romanian, German,
  English), Danish towns, regions and country names, and the Danish and English lorem word
  lists (ordinary words, used to mark names that are also words).
* The curated lists below, written for this project: names common among Danes of Arabic,
  Turkish, Kurdish, Somali, Polish, Vietnamese, Pakistani, Afghan, Iranian, Bosnian, Tamil and
  Eritrean background, Danish municipalities, and ordinary words that are also names.

Output (plain UTF-8 text, one entry a line, ``#`` comments, ``@tier N`` starts a tier):
``first_names.txt``, ``surnames.txt``, ``common_words.txt``, ``places.txt``. Every tier, and
each plain list, is in alphabetical order of the lower case (a name's rank within its tier is
not kept: only the tier is used), so that the detector can look a name up by bisecting the
file's bytes instead of reading every name into a set for a short text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "names"
DEFAULT_SOURCE = HERE.parents[2] / "shared" / "data" / "os2datascanner"

# Rank limits (0-based line numbers in the DST files) of tiers 1, 2 and 3; the rest is tier 4.
# Tier 1-2: common enough that a capitalised lone first name is almost always that name.
# Tier 4: a handful of bearers each; only trusted next to a surname or in a naming context.
FIRST_TIERS = (300, 1500, 5000)
SURNAME_TIERS = (100, 600, 10**9)
CURATED_FIRST_TIER = 2
CURATED_SURNAME_TIER = 3
FAKER_TIER = 4

_NAME = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?: [^\W\d_]+(?:['’-][^\W\d_]+)*)*")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’ -]+")

# --- curated lists (written for this project) ---------------------------------------------------

CURATED_FIRST = """
Mohammad Mohammed Muhammad Mohamed Mohamad Muhamed Muhammed Ahmad Ahmed Ahmet Ali Omar Umar
Hassan Hasan Hussein Hussain Husein Hüseyin Huseyin Mahmoud Mahmud Mahmood Mustafa Mostafa
Khalid Khaled Yusuf Youssef Yousef Yosef Ibrahim İbrahim Ismail Ismael Abdullah Abdallah Abdul
Abdel Abdelrahman Abdulrahman Abdirahman Abdullahi Abdi Abdikadir Abdirizak Abdiaziz Abdikarim
Abdiwali Karim Kareem Samir Sami Tarek Tariq Tarik Walid Waleed Nabil Jamal Jamil Adel Adil Amir
Amin Amer Anas Bilal Hamza Hamid Hamed Hadi Hani Hisham Imad Issa Jihad Jawad Kamal Majid Majed
Marwan Mazen Munir Nasser Nasir Nader Osama Usama Qasim Rami Ramzi Riad Saad Said Saeed Salah
Salem Salim Sultan Talal Wael Yasin Yassin Yasser Yasir Yahya Zakaria Ziad Zaid Fadi Firas
Ghassan Haider Haidar Haitham Husam Iyad Laith Louay Mohannad Muhannad Nizar Qais Raed Rashid
Samer Sherif Suleiman Sulaiman Mehmet Murat Emre Burak Cem Deniz Emin Enes Eren Erkan Ercan
Erdal Fatih Ferhat Gökhan Hakan Halil Kadir Kemal Kenan Levent Mesut Metin Oğuz Orhan Ömer Onur
Recep Selim Serkan Sinan Tolga Tuncay Uğur Volkan Yunus Zeki Baran Berkay Doğan Serdar Sedat
Nihat Cengiz Erhan Özkan Ozan Ciwan Zana Azad Dilovan Kawa Shvan Nawroz Rezan Mahad Liban
Mohamud Warsame Guled Mukhtar Bashir Shukri Piotr Paweł Pawel Krzysztof Tomasz Andrzej Marcin
Michał Michal Jakub Kamil Łukasz Lukasz Mateusz Dawid Grzegorz Wojciech Rafał Rafal Marek
Sławomir Zbigniew Bartosz Przemysław Szymon Kacper Dariusz Jarosław Mariusz Janusz Wiesław
Ryszard Stanisław Tadeusz Jerzy Józef Kazimierz Jacek Patryk Damian Radosław Anh Minh Linh Hoa
Hung Hùng Dung Duc Đức Hieu Huong Hương Huy Khanh Ngoc Phuong Quang Tam Thanh Thao Thu Thuy Trang
Trung Tuan Tuấn Viet Vinh Xuan Yen Hanh Hang Hien Hoang Khoa Loan Nga Nhung Phong Quynh Tien Uyen
Bao Binh Cuong Dat Hoai Hue Kiet Loc Luan Nhan Nhi Phat Phuc Quan Thang Thien Thinh Trinh Tung Chau
Diem Giang Imran Irfan Asif Arif Shahid Naveed Nadeem Waqas Usman Adnan Faisal Kashif Zahid
Zeeshan Rizwan Sajid Shahzad Asad Aamir Aziz Rahim Rahman Farhan Fawad Haroon Harun Javed Junaid
Kamran Mansoor Mansour Masood Qaiser Sadiq Shafiq Shakeel Sohail Tahir Wasim Waseem Zubair
Ghulam Nazir Habib Hekmat Jawid Javid Rahmat Sayed Sharif Wahid Zabihullah Ahmadullah Naqibullah
Hafiz Nasrullah Mirwais Farid Fahim Hakim Jalal Khalil Latif Najib Omid Qadir Rafi Sabir Shafi
Reza Hossein Mehdi Behnam Babak Dariush Farhad Kourosh Kaveh Kian Navid Payam Pejman Peyman Ramin
Shahram Siamak Soheil Arash Arman Ehsan Ebrahim Javad Masoud Mohsen Morteza Nima Pouya Saman Sina
Vahid Adnan Admir Almir Alen Armin Edin Emir Elvir Haris Kenan Mirza Nermin Nedim Senad Sead Suad
Zlatan Dževad Dzevad Mirsad Enis Ermin Damir Dino Dario Goran Zoran Dragan Milan Nikola Marko
Mladen Dejan Kumar Rajan Raja Ravi Suresh Ramesh Ganesh Mahesh Rajesh Prakash Arun Karthik Vijay
Kannan Murugan Senthil Siva Sivakumar Tharshan Thanushan Kajan Kirushanth Niroshan Pirasanth
Sajeevan Sutharsan Jeyakumar Yonas Yohannes Dawit Tesfay Tesfaye Mehari Berhane Kidane Habte
Kibrom Merhawi Mussie Bereket Filmon Yemane
Fatima Fatma Aisha Aysha Ayesha Maryam Mariam Zainab Zeinab Zaynab Khadija Amina Amira Yasmin
Yasmina Leila Layla Laila Nour Noor Noura Hana Hanan Huda Iman Rania Reem Rana Dina Lina Nadia
Salma Samira Samia Soraya Sana Sanaa Safiya Rasha Maha Malak Mona Muna Nisreen Nesrin Nawal Rawan
Ruqaya Shahd Suha Walaa Asma Asmaa Alaa Duaa Doaa Ghada Hiba Heba Hala Israa Jana Lamia Lana Lubna
Nada Nahla Rahaf Raghad Sahar Sawsan Shaima Widad Zahra Zohra Zeina Farah Fadwa Zeynep Ayşe Ayse
Emine Elif Esra Merve Büşra Busra Hatice Hülya Gülay Songül Sevgi Sevim Selin Sibel Derya Dilek
Ebru Ece Esma Hacer Hande Havva Melek Meryem Nurten Özlem Seda Serap Tuba Tuğba Yasemin Yeliz
Zehra Aynur Ayten Filiz Gönül Leyla Nazlı Pınar Canan Cansu Gizem Kübra Rabia Sevda Şule Rojin
Dilan Berfin Şeyma Rojda Roza Berivan Hevin Jiyan Shilan Narin Hodan Sagal Hibo Halima Hawa
Faadumo Fadumo Khadra Ifrah Ubah Nasra Asli Deeqa Hamdi Sahra Ladan Ilhan Nimco Sucaad Samsam
Ikran Kaltun Amran Idil Iqra Ilwad Nafisa Naima Sadia Maryan Fardowsa Agnieszka Katarzyna
Małgorzata Malgorzata Joanna Magdalena Ewa Beata Dorota Aleksandra Justyna Sylwia Agata Iwona
Izabela Kinga Urszula Wioletta Weronika Zofia Żaneta Edyta Jolanta Danuta Halina Krystyna Elżbieta
Grażyna Bożena Jadwiga Patrycja Klaudia Kamila Martyna Oliwia Wiktoria Dominika Phuong Thuy Ngoc
Saima Hina Amna Bushra Farzana Fozia Nazia Rukhsana Samina Shabana Shazia Tahira Uzma Nasreen
Parveen Shaista Shirin Fereshta Freshta Mina Mursal Mahbooba Nilofar Nilufar Parisa Roya Shabnam
Tahmina Yalda Marzia Masouda Homa Golnar Neda Nasrin Azadeh Mahsa Niloufar Parvin Ziba Amra Amela
Azra Belma Dženana Edina Elma Emina Lejla Medina Merima Mirela Nermina Senada Sanela Sabina Aida
Ajla Dijana Jasmina Mersiha Minela Naida Nejra Ilma Irma Vesna Jelena Ivana Marija Priya Lakshmi
Kavitha Shanthi Sumathi Vasuki Tharsika Thanusha Nirosha Sujatha Suganya Mathumitha Keerthana
Abirami Anusha Dharshini Gowri Janani Kajani Nithya Sharmila Vithya Yalini Senait Selam Semhar
Yodit Hiwet Luwam Rahel Mebrat Tsega Winta Feven
Aputsiaq Malik Inuk Nuka Minik Kuupik Aqqaluk Kunuk Angunnguaq Inunnguaq Nukannguaq Salik Usuk
Hansêraq Hanseeraq Nukappiaaraq Kaaleeraq Qillaq Ujarneq Paviaraq Nuunu Aka Ole-Jørgen Pipaluk
Ivalu Paninguaq Aviaja Nivi Niviaq Arnaq Arnannguaq Bolatta Kimmernaq Ulloriaq Tupaarnaq
Pilunnguaq Ivaana Kiiu Nivikka Qupanuk Najaaraq Sipporaq Nukannguaq Aleqa Ane-Sofie Utaaq
Jóannes Jógvan Eyðun Heðin Rógvi Sámal Bárður Høgni Kári Óli Hallur Jákup Brandur Sigmund Sjúrður
Rúni Tróndur Símun Magni Marjun Sunniva Guðrun Tóra Turið Sólja Rakul Súsanna Ró Bjørk Elin Ragna
"""

CURATED_SURNAMES = """
Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Yıldırım Yildirim Öztürk Ozturk
Aydın Aydin Özdemir Ozdemir Arslan Aslan Doğan Dogan Kılıç Kilic Çetin Cetin Koç Koc Kurt Özkan
Ozkan Şimşek Simsek Polat Korkmaz Karataş Karatas Erdoğan Erdogan Güneş Gunes Aksoy Akbulut Bulut
Keskin Altun Ünal Unal Tekin Turan Acar Aktaş Aktas Avcı Ateş Ates Güler Guler Çakır Cakir Yavuz
Tunç Tunc Bozkurt Kaplan Uysal Durmaz Ali Ahmad Ahmed Mohammad Mohammed Mohamed Muhammad Hassan
Hussein Hussain Ibrahim Abdallah Abdullah Khalil Khalaf Saleh Salih Mahmoud Mustafa Omar Othman
Osman Yousef Youssef Younes Younis Issa Haddad Khoury Nasser Nassar Awad Aziz Hamdan Hamad Jaber
Kassem Qasim Karim Mansour Mousa Musa Rashid Said Saeed Suleiman Taha Zaher Abdi Farah Jama
Warsame Mohamud Hirsi Hersi Aden Adan Elmi Egal Dirie Duale Shire Gedi Yusuf Barre Ismail Hashi
Guled Abdille Abdulle Khan Shah Malik Iqbal Akhtar Butt Chaudhry Chaudhary Qureshi Raza Rehman
Rahman Siddiqui Mirza Baig Javed Aslam Anwar Bashir Mahmood Nawaz Riaz Sadiq Saleem Shafiq Sheikh
Tariq Yousaf Zaman Ahmadi Ahmadzai Amiri Azizi Hakimi Hashimi Haidari Hosseini Jafari Karimi
Mohammadi Nazari Noori Popal Rahimi Rahmani Rasuli Rezai Sadat Safi Sultani Wardak Yousufzai
Zadran Stanikzai Popalzai Barakzai Durrani Hotak Mohmand Sharifi Qaderi Habibi Faizi Naseri
Akbari Alizadeh Hosseinzadeh Rostami Moradi Sadeghi Barzani Talabani Kurdi Nowak Kowalski
Kowalska Wiśniewski Wisniewski Wiśniewska Wójcik Wojcik Kowalczyk Kamiński Kaminski Lewandowski
Lewandowska Zieliński Zielinski Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski Kozłowski
Kozlowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski
Nowicki Adamczyk Dudek Zając Zajac Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel
Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Duda
Szewczyk Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski
Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Kubiak Maciejewski Szczepański
Kucharski Kalinowski Mazurek Wysocki Adamski Kaźmierczak Wasilewski Sobczak Czerwiński
Nguyen Nguyễn Tran Trần Pham Phạm Hoang Huynh Phan Dang Bui Ngo Duong Truong Dinh Doan Luong
Trinh Quach Vuong Hadžić Hadzic Hodžić Hodzic Begić Begic Delić Delic Mehić Mehic Hasanović
Hasanovic Husić Husic Ibrahimović Ibrahimovic Imamović Imamovic Jusić Jusic Karić Karic
Kovačević Kovacevic Alić Alic Mujić Mujic Muratović Muratovic Omerović Omerovic Osmanović
Osmanovic Salihović Salihovic Suljić Suljic Šabić Sabic Halilović Halilovic Avdić Avdic Bešić
Besic Čaušević Causevic Džafić Dzafic Hamzić Hamzic Ramić Ramic Smajić Smajic Selimović
Selimovic Softić Softic Mešić Mesic Petrović Petrovic Jovanović Jovanovic Nikolić Nikolic
Marković Markovic Popović Popovic Horvat Kovač Kovac Babić Babic Selvarajah Sivakumar
Sivanesan Sinnathamby Yogarajah Nadarajah Balasubramaniam Kanagaratnam Ponnampalam
Thiruchelvam Jegatheesan Arulanantham Velupillai Shanmugam Subramaniam Krishnan Tesfay Tesfaye
Gebremedhin Ghebremariam Habte Haile Kidane Berhane Wang Zhang Chen Liu Yang Huang Zhao Zhou Lin
Zhu Guo Tan Lim Cruz Santos Reyes Garcia Bautista Mendoza Kazlauskas Jankauskas Petrauskas
Popescu Ionescu Popa Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Melnyk Koval Boyko
"""

# Two-letter surnames (mostly Vietnamese and Chinese) are real but collide with short words
# (Danish "le", "do", "ly"; English "do", "ho"); the detector accepts them only right after a
# known first name, and they are listed here rather than taken from DST's noisy short entries.
SHORT_SURNAMES = "Le Lê Vu Vũ Do Đỗ Vo Võ Ly Lý Ho Hồ Ha Hà La Lu Ta Tạ Li Wu Xu Yu Ng"

# Danish municipalities, regions, islands and landscapes that Faker's town list lacks or that
# collide with names (Holm, Lund and Skov are also places; "i Holm" is not a person).
CURATED_PLACES = """
København Frederiksberg Aarhus Århus Odense Aalborg Ålborg Esbjerg Randers Kolding Horsens Vejle
Roskilde Herning Silkeborg Næstved Fredericia Viborg Køge Holstebro Taastrup Slagelse Hillerød
Sønderborg Svendborg Hjørring Holbæk Frederikshavn Nørresundby Ringsted Haderslev Skive Ikast
Helsingør Farum Kalundborg Greve Ballerup Albertslund Rødovre Hvidovre Glostrup Brøndby Gentofte
Gladsaxe Herlev Lyngby Taarbæk Rudersdal Furesø Allerød Egedal Fredensborg Gribskov Halsnæs
Hørsholm Ishøj Vallensbæk Dragør Tårnby Solrød Lejre Odsherred Sorø Faxe Stevns Vordingborg
Guldborgsund Lolland Bornholm Christiansø Assens Faaborg Midtfyn Kerteminde Langeland Nordfyn
Nyborg Ærø Billund Esbjerg Fanø Haderslev Middelfart Tønder Varde Vejen Aabenraa Favrskov Hedensted
Lemvig Norddjurs Syddjurs Odder Ringkøbing Skjern Samsø Skanderborg Struer Brønderslev Jammerbugt
Læsø Mariagerfjord Morsø Rebild Thisted Vesthimmerland Hjørring Holm Lund Skov Skagen Ribe Thy Mors
Fyn Sjælland Jylland Lolland Falster Møn Amager Vendsyssel Himmerland Djursland Sønderjylland
Nordsjælland Midtjylland Nordjylland Syddanmark Hovedstaden Danmark Grønland Færøerne Europa
Norge Sverige Tyskland Finland Island Polen Tyrkiet Irak Syrien Somalia Afghanistan Iran Pakistan
Libanon Vietnam Bosnien Eritrea Ukraine Rumænien Litauen Letland Estland England Skotland Irland
Frankrig Spanien Italien Grækenland Kina Indien Thailand Filippinerne Amerika Afrika Asien
Jordan Israel Georgia Kenya India Asia Africa America Paris London Berlin Madrid Roma Rome Oslo
Stockholm Helsinki Malmö Lund Hamburg Sydney Victoria Florence Lima Nairobi Damaskus Bagdad Kabul
Mogadishu Ankara Istanbul Warszawa Hanoi Beirut Kairo Teheran Islamabad Karachi Lahore Sarajevo
Vesterbro Nørrebro Østerbro Christianshavn Valby Vanløse Brønshøj Amagerbro Sydhavnen Nordvest
Gellerup Hasle Viby Tilst Brabrand Risskov Vollsmose Tingbjerg Mjølnerparken Urbanplanen
Sisimiut Qaqortoq Maniitsoq Aasiaat Upernavik Tasiilaq Narsaq Paamiut Qasigiannguit Uummannaq
Kangerlussuaq Nanortalik Qaanaaq Ittoqqortoormiit Kangaatsiaq Qeqertarsuaq Klaksvík Runavík Vágur
Tvøroyri Sørvágur Fuglafjørður
Edinburgh Glasgow Manchester Birmingham Liverpool Cambridge Oxford Dublin Belfast Cardiff Amsterdam Rotterdam Haag Bruxelles Brussels Antwerpen Wien Vienna Prag Prague Zürich Geneve Geneva München Munich Frankfurt Köln Cologne Bremen Kiel Flensburg Hannover Düsseldorf Stuttgart Dresden Leipzig Göteborg Gothenburg Uppsala Bergen Trondheim Stavanger Reykjavik Tórshavn Nuuk Ilulissat Barcelona Lissabon Lisbon Milano Milan Napoli Athen Athens Budapest Krakow Kraków Gdansk Riga Tallinn Vilnius Kyiv Kiev Moskva Moscow Boston Chicago Toronto Montreal Vancouver Seattle Tokyo Beijing Shanghai Singapore Bangkok Delhi Mumbai Dubai Doha Luxembourg Luxembourg Bruges Strasbourg Lyon Marseille Sevilla Valencia Porto Bordeaux Toulouse Nice Aleppo Homs Mosul Basra Erbil Tripoli Benghazi Tunis Casablanca Rabat Addis Abeba Asmara Khartoum Gaza Ramallah Amman Herat Kandahar Mazar Jalalabad Tehran Shiraz Isfahan Mashhad Tabriz Afrin Kobani Idlib Raqqa
"""

# Ordinary Danish and English words that are also names in the lists (DOMAIN.md §4.4 and a
# review of the most common DST names, checked against a Danish spelling dictionary by hand:
# "Manuel registrering", "Regner det", "Islam og kristendom", "a Master's degree"). A name in
# this list needs a surname or context; a rare first name (tier 4) in it is dropped. The last
# lines come from a review of common Danish words of forms, landscapes and daily life against
# the lists ("Antal: 4", "Nyborg Fjord", "Søster Anna"); words that are common surnames (Bager,
# Borg, Kold, Møller, Skytte) or first names (Svend) are left out on purpose: a lone surname
# that is a word would otherwise need context.
CURATED_WORDS = """
per bo hans mark marker maks sten kaj storm sol lykke liv line rose ask birk lærke maj august frede tue bjørn
mille bent kim ib ea holm skov lund dam toft ravn lind berg bach bak kjær krog strand mose sand bonde
smed fisker præst due falk frost sommer vinter hvid grøn brun lang glad rask sund helt post bank ring
kamp slot bro have vest øster just list from kok munk kirk tage tom ben else bror fred finn max dan
alf karl ulf stig gry tilde fie tea frank will may june april summer grace hope faith joy ivy ruby
amber jade iris daisy dawn holly robin heather autumn melody crystal violet poppy bill chase hunter
mason carter parker cooper taylor guy ray art don dean jack rich rob sam ted pat sue wade drew gene
lance miles rusty sandy sunny major king prince earl duke baron noble justice liberty honor young
long hill wood stone green brown white black gray grey price bell cook hunt rice best page hart
lane mills moon north west rose star sky dale glen brook ford field fields marsh banks bond
army royal
fox wolf hawk crane swan finch drake bird lamb bull steel gold silver frost snow rain storm
nord syd øst vest dag nat jul påske pinse lys mørk stjerne engel himmel hav sø å bæk kilde
tro håb kærlighed fryd nåde ære lykke sejr sol måne regn sne vind luft jord ild vand sten træ
eg ask birk bøg el lind elm hyld rose lilje viol iris tulipan lavendel salvie timian mynte
alle ingen hver noget nogen andre anden andet mange flere færre mest meget lidt nok
danish english swedish norwegian german french polish turkish arabic somali dansk danske svensk
norsk tysk engelsk fransk polsk tyrkisk arabisk somalisk nordisk nordic british american
angel kiss kit kitt bob chili aura nova lotus tiffany chanel harley mercedes porsche tesla
bue gro saga siv tone trille rumle snorre skjold pil pi sus rud taus vilde sirius vega una uno
husk send skriv ring kontakt læs tjek giv tag lav hent book bestil vælg brug spørg svar tilføj
slet ret opdater gem print udfyld vedlæg klik tryk find lås åbn luk start stop vent
manuel regner roman ture flora islam muslim master lady marine skipper villa atlas thai eden
diva muse lava sinus kobra lama perle rubin liga
ager antal bakke bakken blank brønd dal dame dans dige dreng ellers fjord fri grå gæst havn klint
konge kroner loft lyn marken mat mor park patient prins sammen skat snedker søster ulv ung ørn
moder fader tip tips irish scottish welsh dutch swiss finnish thi nordic baltic arctic rene
loan loans grant grants scheme søs skipper
borger ramadan eid kristi kareem mubarak aula lange skriver kors hær said link net chat cloud mailen erasmus bor tirs tors fre lør andres
yde
"""

# Words taken out of the name lists altogether: noise and function words that DST lists as
# names (a few people really are called "Til" or "Med", but a detector cannot tell).
DROP = """
000 a i o y å ø æ en et og til med af for fra om ved på under over efter før som men hvis når
at der den det de dem dig mig sig sin sit sine min mit mine din dit dine vi jeg du han hun os jer
man kan skal vil må har var er blev være have hele kun nu her der hvor hvad hvem ja nej tak hej
kære mvh vh the and of to in for with from by on at is are was were be been this that these those
it he she they we you my your his her our their an or but if then so not no yes all any some can
should would could must has had do does did me him them us into than too very via pr ca
mr mrs ms miss sir dr prof hr fru frk jr sr
"""

# --- helpers ------------------------------------------------------------------------------------


def proper(name: str) -> str:
    """DST's upper-case spelling in ordinary case: HANSEN-MØLLER -> Hansen-Møller."""
    out = []
    upper_next = True
    for ch in name.lower():
        out.append(ch.upper() if upper_next else ch)
        upper_next = ch in " -'’"
    return "".join(out)


def read_jsonl(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def clean(names: list[str], min_len: int) -> list[str]:
    """Drop DST noise: '000', empty lines, stray apostrophes or hyphens, too-short names."""
    drop = set(DROP.split())
    kept = []
    for raw in names:
        name = raw.strip().strip("'’-").strip()
        if not name or not _NAME.fullmatch(name) or len(name) < min_len:
            continue
        if name.lower() in drop:
            continue
        kept.append(proper(name))
    return kept


def tier_of(rank: int, limits: tuple[int, ...]) -> int:
    for tier, limit in enumerate(limits, start=1):
        if rank < limit:
            return tier
    return len(limits) + 1


def faker_lists() -> tuple[set[str], set[str], set[str], set[str], str]:
    """First names, surnames, places and ordinary words taken from Faker (MIT), build time only."""
    try:
        import faker
    except ImportError:
        sys.exit("rebuild_names.py needs Faker at build time: pip install 'faker==40.54.0'")
    import importlib

    first: set[str] = set()
    last: set[str] = set()
    for locale in ("tr_TR", "pl_PL", "en_PK", "hr_HR", "ro_RO", "de_DE", "en_US", "en_GB", "da_DK"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            first.update(getattr(provider, attr, ()) or ())
        for attr in ("last_names", "male_last_names", "unisex_last_names"):
            last.update(getattr(provider, attr, ()) or ())
    address = importlib.import_module("faker.providers.address.da_DK").Provider
    places = set(address.cities) | set(address.states) | set(address.countries)
    places |= set(importlib.import_module("faker.providers.address.en_US").Provider.countries)
    words: set[str] = set()
    for locale in ("da_DK", "en_US"):
        words.update(importlib.import_module(f"faker.providers.lorem.{locale}").Provider.word_list)
    latin = {n for n in first | last if _LATIN.fullmatch(n) and _NAME.fullmatch(n)}
    return (
        {n for n in first if n in latin},
        {n for n in last if n in latin},
        places,
        words,
        faker.VERSION,
    )


# A street named after the town it leads to or runs through: "Skovby Landevej", "Thorup
# Bygade", "Gl. Dalum Hovedgade", "Astrup By". Such a first word is a town or village.
_TOWN_STREET = re.compile(
    r"(?:Gl\. |Gamle |Ny |Nye )?([A-ZÆØÅ][a-zæøå]{2,}) "
    r"(?:Landevej|Bygade|Hovedgade|Stationsvej|By)"
)


def towns_from_streets(source: Path) -> set[str]:
    """Danish towns and villages read off the national street-name list (da_addresses.jsonl):
    the names of places that the other lists lack, many of them also surnames (Thorup, Astrup,
    Lyngby), so that "i Thorup" is read as the place."""
    path = source / "da_addresses.jsonl"
    if not path.is_file():
        sys.exit(f"rebuild_names.py: {path} is missing (the street-name list)")
    towns = set()
    for street in read_jsonl(path):
        match = _TOWN_STREET.fullmatch(street)
        if match:
            towns.add(match.group(1))
    return towns


def write_tiered(path: Path, header: str, tiers: dict[int, list[str]]) -> int:
    lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
    count = 0
    for tier in sorted(tiers):
        lines.append(f"@tier {tier}")
        lines.extend(tiers[tier])
        count += len(tiers[tier])
    _write(path, "\n".join(lines) + "\n")
    return count


def write_plain(path: Path, header: str, entries: list[str]) -> None:
    lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
    _write(path, "\n".join(lines + entries) + "\n")


def _write(path: Path, text: str) -> None:
    # A new file in the old one's place, never the old one rewritten: a running detector maps
    # the lists into memory (names.py, _read), and a file cut short under it would crash it.
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def build(source: Path) -> None:
    faker_first, faker_last, faker_places, faker_words, faker_version = faker_lists()
    words = {w.lower() for w in faker_words if " " not in w} | set(CURATED_WORDS.split())
    common = {w.lower() for w in words}

    # First names: women's and men's lists merged, each name at its better rank.
    rank: dict[str, int] = {}
    for filename in (
        "da_20140101_dst_fornavne-kvinder.jsonl",
        "da_20140101_dst_fornavne-mænd.jsonl",
    ):
        for i, name in enumerate(clean(read_jsonl(source / filename), min_len=2)):
            key = name.lower()
            if key not in rank or i < rank[key][0]:
                rank[key] = (i, name)
    first: dict[str, tuple[int, int, str]] = {}
    for key, (i, name) in rank.items():
        tier = tier_of(i, FIRST_TIERS)
        if tier == 4 and (key in common or len(key) <= 2):
            continue  # a rare name that is also a word only adds false alarms
        first[key] = (tier, i, name)
    for name in CURATED_FIRST.split():
        key = name.lower()
        tier, i, _ = first.get(key, (9, 10**6, name))
        first[key] = (min(tier, CURATED_FIRST_TIER), i, name if tier == 9 else first[key][2])
    for name in sorted(faker_first):
        key = name.lower()
        if key not in first and key not in common and len(key) > 2 and " " not in name:
            first[key] = (FAKER_TIER, 10**7, name)

    surnames: dict[str, tuple[int, int, str]] = {}
    dst_surnames = clean(read_jsonl(source / "da_20140101_dst_efternavne.jsonl"), min_len=3)
    for i, name in enumerate(dst_surnames):
        # "Von Bülow", "La Cour": the detector reads one word at a time (particles are
        # skipped), so a multi-word surname is listed by its last word.
        for part in [name.split()[-1]]:
            key = part.lower()
            if key not in surnames:
                surnames[key] = (tier_of(i, SURNAME_TIERS), i, part)
    for name in CURATED_SURNAMES.split():
        surnames.setdefault(name.lower(), (CURATED_SURNAME_TIER, 10**6, name))
    for name in sorted(faker_last):
        key = name.lower()
        if key not in surnames and key not in common and len(key) > 2 and " " not in name:
            surnames[key] = (FAKER_TIER, 10**7, name)
    for name in SHORT_SURNAMES.split():
        surnames.setdefault(name.lower(), (5, 10**8, name))

    def by_tier(table: dict[str, tuple[int, int, str]]) -> dict[int, list[str]]:
        tiers: dict[int, list[str]] = {}
        for tier, _rank, name in table.values():
            tiers.setdefault(tier, []).append(name)
        for names in tiers.values():
            # Each tier in the order of its lower case: the detector looks a name up by
            # bisecting the tier's block of the file instead of reading some 125,000 names into
            # dicts and sets for every short text (promptlint/detectors/names.py, _SortedTiers).
            # The keys are lower case already, so no two names of a tier sort alike.
            names.sort(key=str.lower)
        return tiers

    dst = (
        "Danmarks Statistik, name statistics 1 Jan 2014, via OS2datascanner "
        "(src/os2datascanner/engine2/rules/datasets/names/, commit 09610409c), MPL-2.0: "
        "see LICENSE-MPL-2.0.txt and NOTICE.md beside this file."
    )
    n_first = write_tiered(
        OUT / "first_names.txt",
        f"""
First names in tiers, most common tier first; each tier in alphabetical order (of the lower case).
Generated by patterns/data/rebuild_names.py; do not edit.
Source: {dst}
Also: names common among Danes of other backgrounds (curated list in rebuild_names.py, tier
{CURATED_FIRST_TIER} at least) and Latin-script first names from Faker {faker_version} (MIT), tier {FAKER_TIER}.
Tiers: 1 = DST rank < {FIRST_TIERS[0]}, 2 = < {FIRST_TIERS[1]}, 3 = < {FIRST_TIERS[2]}, 4 = rarer.
""",
        by_tier(first),
    )
    n_last = write_tiered(
        OUT / "surnames.txt",
        f"""
Surnames in tiers, most common tier first; each tier in alphabetical order (of the lower case).
Generated by patterns/data/rebuild_names.py; do not edit.
Source: {dst}
Also: curated surnames of Danes of other backgrounds (tier {CURATED_SURNAME_TIER}), Latin-script surnames from
Faker {faker_version} (MIT, tier {FAKER_TIER}), and two-letter surnames (tier 5: only right after a first name).
Tiers: 1 = DST rank < {SURNAME_TIERS[0]}, 2 = < {SURNAME_TIERS[1]}, 3 = rest of DST's list.
""",
        by_tier(surnames),
    )
    write_plain(
        OUT / "common_words.txt",
        f"""
Ordinary words (lower case): a name that is also one of these needs a surname or context.
Generated by patterns/data/rebuild_names.py from Faker {faker_version}'s Danish and English lorem
word lists (MIT) and the project's curated list; do not edit.
""",
        sorted(common, key=str.lower),
    )
    street_towns = towns_from_streets(source)
    places = {p for p in faker_places | set(CURATED_PLACES.split()) | street_towns if " " not in p}
    write_plain(
        OUT / "places.txt",
        f"""
Places (towns, municipalities, regions, countries, districts): not persons on their own.
Generated by patterns/data/rebuild_names.py from Faker {faker_version} (MIT; da_DK towns,
regions and country names, en_US country names), the towns named in the national street-name
list (da_addresses.jsonl via OS2datascanner, MPL-2.0: "Thorup Bygade", "Skovby Landevej")
and the project's curated list; do not edit.
""",
        sorted(places, key=str.lower),
    )
    print(f"first names {n_first}, surnames {n_last}, words {len(common)}, places {len(places)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of DST lists")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    build(args.source)


if __name__ == "__main__":
    main()
