// Given names of real people, lower-cased with accents removed, for the name recognizer.
// GENERATED DATA — do not edit by hand; regenerate with the method below.
//
// Sources (both are official registers of real births, not test-data generators):
//  - U.S. Social Security Administration, "Beyond the Top 1000 Names" national data (yob1880–yob2018),
//    https://www.ssa.gov/oact/babynames/limits.html — a work of the U.S. Government, public domain.
//    Taken from the copy in github.com/Priyagha/US_Name_Trends (names/yobYYYY.txt).
//  - Landesamt für Bürger- und Ordnungsangelegenheiten Berlin (LABO), "Liste der häufigen Vornamen"
//    2012–2023, all first names registered for newborns in Berlin's districts, via the cleaned data of
//    github.com/berlinonline/haeufige-vornamen-berlin (data/cleaned). Licence: CC BY 3.0 DE,
//    attribution: "Landesamt für Bürger- und Ordnungsangelegenheiten Berlin (LABO) / BerlinOnline".
//    Berlin's register is multilingual (German, Turkish, Arabic, Polish, French, Italian, Spanish,
//    Dutch … names), which the U.S. list alone would miss.
//
// Method: counts summed over all years (both sexes), names folded to lower case without accents;
// kept when SSA total >= 500, or Berlin total >= 3, or listed by both sources (a name two
// independent registers agree on is real even when rare, e.g. Dutch Daan, Jeroen, Thijs).
// Single letters and names with characters other than letters and one hyphen are dropped.
// 33055 names. Common words that are also names (Rose, Will, May …) are handled in name.ts.

export const GIVEN_NAMES_DATA = `
aaban aada aadam aaden aadesh aadhavan aadhiran aadhvika aadhya aadhyan aadi aadit aaditya aadvik aadya aadyn
aahaan aahana aahil aaiden aairah aaisha aaishah aakash aala aalayah aaleyah aalia aaliah aalias aalijah aalim
aalisha aaliya aaliyah aalyah aalyiah aamanee aamaya aamer aamina aamir aamira aamirah aamu aaniyah aanya
aaradhana aaradhya aaralyn aaran aarav aaren aari aaria aarian aaric aarika aarin aarini aarion aarit aariv
aariyah aariyan aariyana aariz aarna aarne aarohi aaron aarron aarti aarunya aarush aarushi aarvi aarya aaryan
aaryav aaryn aashi aashna aashvi aasim aasiya aasiyah aava aaya aayam aayan aayansh aayat aayden aayra aayush
aayusha aba abaan abagail aban abas abass abayomi abaz abbagail abbas abbass abbe abbey abbeygail abbi abbie
abbigail abbigale abbigayle abbott abby abbygail abbygaile abbygale abbygayle abd abdalla abdallah abdalrahman
abdalrhman abdel abdelaziz abdelhadi abdelhakim abdelhamid abdelkader abdelkarim abdellah abdelmalek
abdelrahman abdelwahab abderrahman abdi abdia abdias abdiel abdifatah abdimalik abdirahman abdirashid
abdiwahab abdo abdou abdoul abdoulaye abdoullah abdourahman abdourahmane abdu abduallah abdul abdul-aziz
abdul-karim abdul-kerim abdul-malik abdul-rahman abdula abdulaevic abdulaevna abdulah abdulazeez abdulaziz
abdulbari abdulbasit abdulelah abdulgader abdulghani abdulhaadi abdulhadi abdulhakim abdulhalim abdulhameed
abdulhamid abdulhamit abdulhaq abduljabbar abduljaleel abduljalil abdulkadir abdulkareem abdulkarem abdulkarim
abdulkerim abdull abdulla abdullah abdullahi abdullatif abdulloh abdulmajeed abdulmajid abdulmalek abdulmalik
abdulmelik abdulmohsen abdulraheem abdulrahim abdulrahman abdulrazak abdulrazaq abdulsalam abdulsamad
abdulsamet abdulwahab abdulwali abdur abdurahim abdurahman abdurrahim abdurrahman abdusalam abdussalam
abdussamed abe abebe abed abedalrahman abeeha abeer abeera abegail abel abelardo abelina abelino abell abella
abena abeni abernathy abhay abhi abhimanyu abhinav abhiram abhishek abi abid abidin abie abiel abieyuwa
abigael abigaela abigaelle abigail abigaile abigal abigale abigayle abigel abiha abilene abilio abimael
abiodun abiola abir abisai abisha abla able abner abolfazl abou aboubacar aboubakar abra abraam abraham
abrahan abraheem abrahem abrahim abrahm abram abran abrar abree abria abriana abrianna abriel abriella
abrielle abril abrish abshir abtin abu abu-bakr abubacar abubacarr abubakar abubaker abubakr abubker abukar
abulgasem abuzer aby abyan abygail aca acacia acadia acar ace acelya acelynn achaius acheampong achieng
achille achilleas achilles achilleus achim achmed achraf acie acil acun ada adaeze adah adahy adai adair adaja
adal adala adalbert adalberto adalee adaleigh adalena adalene adalet adali adalia adalicia adalie adalin
adalina adalind adaline adaliz adaly adalya adalyn adalyne adalynn adalynne adam adama adamari adamaris
adamary adamma adamo adams adan adana adanna adannaya adar adara adarius adarsh aday adaya adda addah addalyn
addalynn addam addelyn addelynn addi addie addilyn addilynn addin addis addisen addison addisyn addy addysen
addyson ade adea adebayo adebisi adebola adebowale adedamola adedeji adeeb adeel adeem adeen adekemi adekunle
adel adela adelaida adelaide adelay adelbert adele adelena adelene adelheid adeli adelia adelie adelin adelina
adeline adelino adelisa adelita adell adella adelle adelma adelmo adely adelya adelyn adelyne adelynn adelynne
adem ademola ademov aden adena adenike adeniyi adeola adeoluwa adepa aderinsola aderonke adesewa adesina
adesola adesuwa adetokunbo adetola adewale adeyemi adham adhira adhrit adhvik adhya adhyan adi adia adian adib
adiba adiel adijan adil adila adile adilene adilia adilson adilyn adilynn adin adina adine adir adira adis
adisa adison adisyn adit adith adithya aditi aditya adiva adiya adiyan adiza adja adjei adjeley adji adjoa
adjua adla adlai adlan adlee adleigh adler adley adlin adline adly admir admira admire adn adna adnan adnel
adnit ado adole adolf adolfo adolph adolphus adom adomas adon adonai adonay adonias adoniram adonis adonna
ador adora adorian adouni adra adrain adrea adrean adreana adreanna adrena adria adriaan adrian adriana
adriane adriann adrianna adrianne adriano adrie adriel adrielle adrien adriene adrienn adrienna adrienne
adrijan adrijana adrijano adrik adrin adrina adrion adrionna adrita adriti adriyana adron adryan adryana
adryanna adryn adu adubia advait advaita advaith advay advik advika advit advitha adwaith adwoa ady adya adyan
adyn adysen adyson aedan aeden aedyn aegon ael aela aelia aelish aelita aella aelyn aemilia aemilius aenea
aeneas aengus aenna aenne aeon aeri aerial aeriel aerin aeris aero aeron aeryn aerys aesha afaf afeni aferdita
afetorgbor affan afi afia afif afife afina afnan afomia afonso afra afrah africa afrika afrin afriyie afrodita
afroditi afsaneh aftab afton afua afzal agam agambir agamjot agamveer agape agapi agapito agasthya agastya
agata agatha agathe agbor aggeliki aggelos aggie aggrey agha agila agim agit aglaia aglaja aglaya agnes agnesa
agnese agness agneta agnia agnieszka agnus agon agostino agrin agron agung agustin agustina agustine agyekum
agyemang ahaan ahad ahadu ahana aharon ahdia ahed aheli ahil ahir ahlam ahlas ahliya ahmad ahmadou ahmari
ahmaya ahmed ahmedov ahmedova ahmedovic ahmedovna ahmet ahmetcan ahmethan ahmir ahmya ahna ahnaf ahren ahri
ahron ahsan ahsen ahsley ahti ahtziri ahu ahura ahuva ahyaan ai aia aiah aian aiana aibel aibhlinn aicha
aichatou aid aida aidan aidana aidar aide aidean aidee aidel aiden aidin aidyn aiesha aiham aik aika
aikaterini aiken aiko aila ailani ailany ailee aileen ailene ailey aili ailie ailin ailina ailish ailiyah
ailla ailsa ailyah ailyn aima aiman aimar aimara aime aimee aimen aimi aimie aimo aimy ain aina ainara aine
ainhara ainhoa aini aino ainoa ainslee ainsley ainslie aira airam airen airi airiana airianna airik airin
airis aisa aisatou aischa aische aise aisel aisha aishah aishani aishat aishe aishwarya aisley aislin aisling
aislinn aislyn aislynn aisosa aissa aissata aissatou aitan aitana aito aitor aiva aiven aivi aivy aixa aiya
aiyana aiyanna aiyden aiyla aiza aizah aizel aizen aj aja ajah ajai ajak ajamu ajan ajana ajanae ajani ajax
ajay ajdin ajia ajit ajla ajlan ajlin ajlina ajmal ajna ajooni ajsa ajwa ajwad akachi akachukwu akai akain
akam akane akari akash akasha akasya akay akaya akayla akbar ake akeel akeelah akeem akela akemi aker akhil
akhirah akhmedovna aki akia akiba akida akif akihiro akiko akil akila akilah akili akim akin akina aking
akinyi akio akira akisha akito akiva akmal ako akoni akorede akos akosua akram akraman aksa aksel aksha akshaj
akshara akshat akshay akshita akua akwasi akyra al al-abidin al-amin al-hadi al-rida al-zahra ala alaa
alaaddin alaan alaara aladdin aladin alae alaeddin alaena alahna alai alaia alaijah alain alaina alaine
alainna alaisha alaiya alaiyah alaja alajah alakbar alala alama alamea alamin alan alana alanah aland alanda
alandra alane alani alania alanie alanis alanna alannah alano alante alanur alany alara alaric alarick alarik
alas alasdair alasia alaska alassane alastair alauna alaura alaxander alay alaya alayah alayjah alayla alayna
alaynah alayne alaynna alaysha alayshia alaysia alaz alazar alba alban albana albany albaraa albaro alben
albena albenov albenova albert alberta albertha albertina albertine alberto albertus albesa albi albin albina
albino albion albiona albrecht albulena albus alcide alcuin alda aldair alddin aldean aldeen alden alder
aldijana aldin aldina aldine aldinov aldinova aldis aldo aldon aldona aldora aldous aldrich aldrin ale alea
aleah aleaha alean aleana aleandra aleandro alease aleasha aleatha alec alecia aleck alecsander aleczander
aleda alee aleea aleeah aleece aleecia aleeke aleem aleen aleena aleene aleesa aleesha aleeya aleeyah aleeza
alegra alegria alehandro alei aleia aleiah aleida aleigh aleigha aleina aleira aleisha aleister aleix aleja
alejandra alejandrina alejandro alejna alejo alek aleko alekov alekova aleks aleksa aleksandar aleksander
aleksandr aleksandra aleksandrov aleksandrova aleksandrovic aleksandrovich aleksandrovna aleksandrs alekseevic
alekseevna aleksei aleksej aleksey aleksi aleksia aleksiev aleksieva aleksy alekzander aleli alem alen alena
alencia alend alene alenia alenja alenka alenna alenya aleo aleph alera aleria alerio alesa alesandra
alesandro alese alesha aleshia alesia alesija alesio alesja alessa alessander alessandra alessandro alessia
alessia-maria alessija alessijo alessio alessja alessya alesya aleta aletha alethea aletheia alethia aletta
alette alev alex alexa alexader alexah alexandar alexander alexanderia alexandia alexandr alexandra alexandre
alexandrea alexandria alexandrina alexandrine alexandro alexandros alexandrovic alexandrovich alexandrovna
alexandru alexas alexavier alexcia alexeevic alexeevna alexei alexej alexes alexey alexeyevna alexi alexia
alexian alexie alexio alexios alexis alexiss alexius alexiya alexiz alexsa alexsander alexsandra alexsandro
alexsis alexson alexus alexx alexxa alexxander alexxis alexy alexys alexyss alexzander alexzandra alexzandria
aleya aleyah aleyda aleyna aleysha alf alferd alfie alfio alfiya alfons alfonse alfonsina alfonso alfonza
alfonzo alford alfred alfreda alfredia alfredo alfrieda alger algernon algie algis alhadi alhaji alhakim alham
alhanouf alhasan alhassan alhassane alheli alhena ali ali-amir ali-imran alia aliaa aliah alian aliana
aliandra alianna aliannah aliany alias alica alican aliccia alice alicea alicen alicha alicia aliciana alicio
aliciya alicja alick alicya alicyn alida alie aliece alien aliena aliene alienor alies aliesha aliette alieu
aliev alieva alievic alif alifa aliha alihan aliia alija alijah alijandra alijandro alik alika alikhan aliki
alim alima alimatou alime alin alina alina-marie alina-sophie alinda aline alinea alinna aliona aliosman aliou
alioune alira alireza alis alisa alisah alisan alisandra alisar alischa alise alisea alish alisha alishba
alisher alishia alisia alisija alison alissa alissar alissia alisson alissya alistair alistar alister alisya
alisyn alit alita alivia aliviah alix alixandra alixandria alixe aliya aliyaah aliyah aliyan aliyana aliyanna
aliyar aliyas aliye aliyu aliz aliza alizabeth alizae alizah alizay alize alizee alizeh alizey alizia alja
aljaili aljena aljona aljoscha aljosha alla allah allaire allan allana allanah allante allean allee alleen
allegra alleigh allen allena allene alleria alley alleyna alli allia alliah alliana allicia allie allin alline
allis allisa allisha allison allissa allisson allister allisyn alliya alliyah allura ally allyn allyne allysa
allyse allysen allysha allysia allyson allyssa alma almalik alman almar almas almaz almeda almedia almedin
almedina almer almeria almerinda almeta almila almin almina almir almira almo almon almond almos almudena
almut almuth alo aloe aloha alois aloisa aloisia aloisius aloma alon alona alonda alondra alonna alonso alonza
alonzo alora aloy aloys aloysia aloysius alp alparslan alpaslan alpay alper alperen alpha alphan alpheus
alphons alphonse alphonsine alphonso alphonza alphonzo alptug alrahman alreem alric alrick alrik alrun alsa
alston alta altagracia altair altan altay altea alteo altha althea altie altin altina alto alton aluna alura
alva alvah alvan alvar alvarez alvaro alve alvena alvera alverda alverna alverta alves alvi alvia alvie alvin
alvina alvine alvino alvira alvis alvise alwaleed alwara alward alwin alwina alwine alwyn alxander aly alya
alyah alyan alyana alyanna alyara alyce alycia alyda alydia alyiah alyn alyna alyne alynna alyona alyosha alys
alysa alyse alysea alysha alyshia alysia alyson alyssa alyssah alyssandra alysse alyssia alysson alyvia alyx
alyxandra alyxandria alyza alzahra alzena ama amaal amaan amaar amabel amabelle amad amada amade amadea amadeo
amadeu amadeus amadeusz amadi amadis amado amador amadou amadu amael amai amaia amaiah amaira amairani
amairany amaiya amaiyah amaja amaka amal amala amali amalia amalia-sophie amaliah amalie amalija amalina
amalio amaliya amalya aman amana amanat amancio amand amanda amandeep amandine amando amandus amani amanie
amaniel amanita amanuel amany amar amara amarachi amarah amaranta amare amaree amari amaria amariah amariana
amarie amarii amarilis amarin amarion amaris amarisa amarissa amariyah amaro amarr amarri amaru amaryllis
amata amato amatullah amatus amauri amaury amay amaya amayah amayra amayrani amaziah amba ambar amber amberle
amberlee amberley amberlie amberly amberlyn amberlynn ambi ambika ambla ambra ambre ambria ambrielle ambroise
ambrose ambrosia ambrosio ame amea amed amedee amedeo amee ameen ameena ameenah ameer ameera ameerah amei
ameir amel amela amelda ameli amelia ameliah ameliana amelianna amelie amelie-marie amelie-sophie amelija
amelina ameline amelio amelius ameliya amell amelle amellia amely amelya amen amena amenadiel amenah amenda
amer amera amere ameria america americo americus amerie amery ames amet amethyst amey ameya ameyali ami amia
amiah amias amicia amid amida amidala amie amiee amiel amielle amien amiena amier amiin amiina amiir amika
amil amila amilah amilcar amilda amilea amilia amilian amilie amilio amiliya amill amilli amillia amily amilya
amilyah amin amina aminah aminat aminata aminatou amine amino amir amira amirabbas amiracle amirah amirali
amiran amirchan amire amirhan amiri amisa amisha amit amita amitai amitiel amittai amity amiya amiyah amjad
amjed amla amma ammaar ammad ammar ammara ammarah ammelie ammie ammon ammy amna amne amneh amo amoako amogh
amol amon amone amoni amonte amor amora amore amorette amori amory amos amour amoura amparo amponsah amr amra
amrah amran amreet amrei amrit amrita amritha amritpal amro amsal amsel amu amun amunet amuri amy amy-jane
amy-lee amy-lou amya amyah amyas amye amyia amyiah amyla amylee amylia amyra amyrah amzi an ana ana-maria
anaaya anabel anabela anabell anabella anabelle anabia anabiya anae anael anaelle anagha anahi anahid anahita
anahy anai anaiah anaida anaika anais anais-maria anaisa anaisha anaiya anaiyah anaiza anaja anakaren anakin
analeah analee analeigh analena anali analia analiah analicia analie analiese analis analisa analise analisse
analiyah analiz analiza analucia analy analya analyse analyssa anam anamaria anamarie anamta anan anand ananda
anandi anando anani ananias anant ananta ananya anar anari anas anaser anashe anasia anasofia anass anastacia
anastacio anastasia anastasija anastasio anastasios anastasiya anastassia anastasya anastazia anastazija
anastazja anat anathea anatol anatole anatoli anatolia anatoliivna anatolij anav anavel anay anaya anayah
anayat anayeli anayra anays anaysa ancel anche ancika ancil anda anddy ande andee andel anden ander andera
anders andersen anderson andi andia andie andin andis andjela andjeli andjelija andjelina andjelo ando andok
andon andor andra andrada andrae andranik andras andraya andre andrea andreana andreanna andreas andree
andreea andreev andreeva andreevic andreevich andreevna andrei andreia andreina andrej andreja andrejs andrena
andreo andres andrew andrews andrey andreya andreyevic andrez andri andria andrian andriana andrianna andriano
andrick andries andrii andriiovic andriiovych andriivna andrija andrijana andrijovic andrik andrin andrina
andrine andris andriy andro andromeda andros andrra andru andrue andruw andry andrzej anduena anduin andwele
andy ane anea anecia aneeka aneesa aneesah aneesh aneesha aneirin aneisha aneka anel anela anele aneley anelia
anelie aneliev anelieva anelija anelio anelis anelise aneliya anella anely anemone aner aneri anes anesa
anesha anessa anestis anet aneta anett anetta anette aneva anevay anezka anfal anfernee anferny anfisa ang
angad ange angel angela angele angelea angelee angelena angelene angeles angeli angelia angeliah angelic
angelica angelick angelie angelika angelike angeliki angelin angelina angeline angelino angelique angelis
angelisa angelise angelita angelito angell angella angelle angello angelo angelos angelov angelova angelus
angely angelyn angelyna angelynn angi angie angila angiolina angla angle anglea anglia angus anh anhad anhar
ani ania aniah anian anias anibal anica anicca anice aniceto anicia anid anida aniel aniela anielle aniello
anifa anife aniik anijah anik anika anike aniki aniko anil anila anima anina anindita aniq anique anir anirudh
anis anisa anisah anise anish anisha anisia anissa anisse anissia aniston anistyn anita anitra anitta aniv
aniya aniyah aniyla aniylah aniza anja anjali anjaly anjana anjanette anjani anjay anjel anjela anjeli
anjelica anjelina anji anjo anjola anjolaoluwa anju anjuli anjulie anka anke anker ankit ankita ankov ankur
anmar anmol ann ann-christin ann-marie ann-sophie anna anna-josephine anna-katharina anna-lena anna-louisa
anna-louise anna-lucia anna-luisa anna-maria anna-marie anna-sofia anna-sophia anna-sophie annabel annabell
annabella annabelle annabeth annaclara annaelle annagrace annah annais annaka annalea annaleah annalee
annaleigh annalena annalia annalicia annalie annaliese annalina annalisa annalise annalotta annalou annalyn
annalynn annalyse annamae annamaria annamarie annamay annarose annas annastasia annastassia annays anndrea
anne anne-marie anne-sophie annegret anneka anneke annel anneli annelie annelies anneliese annelise annelisse
annell annelle annely annemarie annemie annemiek annemieke anner annerose annessa annet annete annett annetta
annette anni annia annica annice annick annie annik annika annikah annike annikki annina annique annis annisa
annissa anniston annistyn annita anniyah annmarie anno annora annouk annsley annunziata anny anokhi anoki anon
anoop anora anori anouar anouck anouk anoush anousha anousheh anoushka anova anqi anran anri ansal ansar ansel
anselm anselma anselmo ansgar ansh anshu anslee ansleigh anslem ansley anson anta antal antar antares
antavious antawn ante antea antek anteo antero anthany anthea antheia anthia anthon anthonette anthoney
anthoni anthonia anthonie anthonio anthony anthoula anti antigone antina antione antionette antje antjuan anto
antoan antoanetov antoin antoine antoinetta antoinette antoino anton antone antonea antonela antonella
antonello antonetta antonette antoni antonia antonia-maria antonie antonieta antonietta antoniette antonija
antonijo antonin antonina antonino antonio antonios antonious antonis antonius antonivna antoniya antonov
antonova antonovic antonovna antony antonya antonyo antron antti antu antuan antun antwain antwan antwane
antwanette antwann antwaun antwoine antwon antwone antwuan anu anuar anubis anuel anuj anujin anuk anuka anum
anun anuoluwa anura anurag anush anusha anushka anuthida anuuk anuya anvi anvika anvy anwar anwen anwita any
anya anyah anyango anye anyia anyiah anyla anylah anysa anysha anysia anyssa anzorovic ao aodhan aoi aoife
aoki aoko aolani aous aparna aphrodite apolinar apollinaria apolline apollo apollon apollonia apolonia
apolonio aponi apoorva apostolis apostolos appiah appollonia appolonia april aprill aprille apryl aqeel aqib
aqil aqsa aquarius aquila aquiles aquilino aquilla aquino ar ara arabella arabelle araceli aracelis aracelli
aracely arad arada aradhya araf arafat aragon arah arai arale araliya aralyn aralynn aram arame arami aramis
aran arantza aranya aranza araoluwa aras araseli arash arath arati arav araya arayah araz arba arbaaz arbel
arben arber arbi arbie arbin arbor arbutus arcadia arcadio arcadius arcangelo arcelia arch archange archer
archi archibald archie architha arco arda ardan ardath ardelia ardell ardella ardelle arden ardena ardes
ardeth ardi ardian ardiana ardie ardijan ardis ardit ardita ardith ardyce ardys ardyth are arean areanna
areeba areej areen areesha aref areg arek arel areli arelia arelie arelis arely aren arena arend ares aretha
areti aretta arevik arfa argelia argenis argent argie argiro argo argyle arha arhaan arham arhan ari aria
ariadna ariadne ariadni ariah arial ariam arian ariana arianah ariane arianit arianna ariannah arianne arianny
ariano arias arib ariba aribah aribella aric arica arick arie arieana arieanna arieh ariel ariela ariele
ariell ariella arielle arien aries arietta arieya arif arifa arife ariha arihanna arij arijan arijana arijon
arik arika arila arilena arim arin arina arinjay arinze arinzechukwu ario arion ariona arionna aris arisa
arisbeth arisha arissa arist arista aristea aristeo aristide aristides aristidis ariston aristoteles
aristotelis aristotle arita arius ariya ariyah ariyan ariyana ariyanna ariyon ariz ariza arizbeth arizona arja
arjan arjana arjen arjeta arjin arjun arjuna arka arkadi arkadia arkadij arkadius arkadiusz arkady arkan arla
arlan arlana arland arlando arlandria arlea arlean arlee arleen arleigh arlen arlena arlene arlet arleta
arleth arletha arlett arletta arlette arley arlie arlin arlina arlind arlinda arline arlington arlis arliss
arlo arlon arly arlyn arlyne arlynn arlys arma armaan armagan arman armand armanda armandina armando armani
armas armel armella armelle armen armend armida armin armina arminda armine arminius arminta armir armita
armiya armon armond armondo armoni armonie armstrong arn arna arnab arnaldo arnau arnaud arnav arnd arndt arne
arnel arnela arnelia arnell arnella arnelle arnes arnett arnetta arnette arnez arnica arnie arnika arnim arnis
arnisa arnita arno arnold arnoldo arnulf arnulfo aro aroa aroha arohi arol aron aroosa aroosh arora aroush
arpad arpi arpine arquimedes arren arrey arri arriana arrianna arrie arrietty arrington arron arrow arsa arsal
arsalan arsam arsema arsen arsene arseni arsenia arsenij arsenio arseniy arsenovna arseny arsh arshaan arshia
arshiya arslan arsyn art arta artan artelia artem artemia artemij artemio artemis artemisia artemivna artemiy
artemovic artemovna artemus artemy artez arth artha arthas arther arthor arthur arthus arti artie artin artina
artiola artiom artis artjom arto arton artun artur arturo arturovna artus artyom aruba arun aruna arushi arva
arve arved arvel arvella arven arvi arvid arvie arvil arvilla arville arvin arvind arvis arvo arvydas arwa
arwed arwen arwin arwyn ary arya aryaa aryah aryam aryan aryana aryanna aryash arye aryeh aryel aryen aryk
aryn aryonna arys aryssa arza arzaan arzi arzoo arzu arzum asa asaad asaan asabea asad asadullah asael asaf
asahi asaiah asal asalia asan asani asante asaph asar asare asaya asbury ascencion ascension ase aseda aseel
asees asel aselya asem asen asena asenat asenov asenova aser aset aseye asfiya asgar asger asghar ash asha
ashalina ashanta ashante ashanti ashanty ashar ashari ashby asheley ashely ashen asher ashia ashim ashir
ashish ashita ashkan ashlan ashland ashle ashlea ashlee ashleen ashlei ashleigh ashlen ashley ashli ashlie
ashlin ashly ashlyn ashlynn ashlynne ashmita ashna ashok ashoka ashot ashraf ashten ashtin ashton ashtyn ashur
ashwaq ashwin asi asia asiah asiana asiedu asif asija asil asila asim asima asimina asinat asir asis asisa
asiya asiyah asiye asja ask askan askari asker askin aslam aslan aslanbekovna aslanovic aslanovna asley asli
aslihan aslin asma asmaa asmahan asmar asmara asmat asme asmen asmi asmin asmir asmira asmus asna aspen aspyn
asra asrar asri asrin assa assad assal assan assane assata assem asser assetou assia assiatou assiel assil
assinat assiya assma assunta assya asta aster asteria astin aston astor astoria astou astra astraea astrid
astro asu asude asuka asusena aswin asya asyah asyanova ata atabey atacan atahan atakan atal atalanta atalay
atalia atalie atanas atanasov atanasova atara atarah atari atay atef atena atenea ates atha athalia athan
athanasia athanasios athanasius athanassios atharv atharva athea athen athena athene athina athiran athony
athos atia atiana atiba atieno atif atifa atika atike atila atilla atina atinuke atira atiya atiyah atiye
atlanta atlantis atlas atlee atley ato atom aton atonia atreju atreo atreus atreya atreyu atta attia atticus
attila attilio atziri aubery aubin aubre aubree aubrei aubreigh aubrey aubri aubriana aubrianna aubrie
aubriella aubrielle aubry auburn aubyn aud auda audelia auden audie audine audley audra audre audrea audreanna
audree audrey audri audria audriana audrianna audrie audrina audry augie august augusta auguste augustin
augustina augustine augustino augustinus augusto augustus augustyn aulani auline aulon aulona aumi aundra
aundre aundrea aundria aura aurea auree aurel aurela aurele aureli aurelia aurelian aureliano aurelie aurelien
aurelija aurelio aurelius aurellia aureus auri auria aurian auriana aurianna auric aurie auriel aurielle aurik
aurin auron aurora aurore aury aurya auryn austan austeja austen austin austine auston austyn auther author
authur autry autum autumn ava avaa avah avalee avaleigh avalena avalie avalina avaline avalon avalyn avalynn
avamarie avan avand avanell avanelle avani avant avante avari avarie avary avash avaya avayah ave avedis avee
aveer avel avelia avelie avelin avelina aveline avelino avellana avelyn avelynn aven avenir averee averey
averi averie avery avesta avetis avett avi avia aviad aviah avian aviana avianna avid avidan avie aviel aviela
avielle avien avienda avigail avigayil avik avika avila avin avina avinash avion avionna avir aviraj avis
avish avisha avishai avissa avitaj avital aviv aviva aviya aviyan avleen avneet avner avni avnish avon avonlea
avory avra avraam avraham avram avreet avrey avrie avriel avril avrohom avrora avry avshalom avsin avy avyaan
avyanna avyansh avyay avyukt avzem awa awab awad awan awet awilda awin awina awn awni aws awwab axel axelle
axl axle axton ay aya ayaa ayaan ayaana ayaansh ayaat ayaaz ayad ayah ayaka ayako ayala ayan ayana ayanda
ayane ayani ayanna ayannah ayansh ayari ayas ayasha ayat ayato ayaz aybars aybel ayberk aybike aybuke ayca
aycan aycha ayda aydah aydan ayden aydenn aydian aydin aydon aydun aydzhan aye ayed ayele ayelen ayelet ayen
ayesha ayeza ayfer aygul ayham ayhan ayhanova ayhem ayiana ayin ayisha ayk aykan aykut ayla aylah aylan aylana
ayleen aylen aylena aylia ayliah aylin aylina ayline aylis aylisha ayliz ayma ayman aymar aymara aymee aymen
aymeric aymila aymina aymira ayn ayna aynaz ayni aynisa aynur ayo ayobami ayodeji ayodele ayoka ayomi ayomide
ayomikun ayomiposi ayonna ayoob ayoola ayoub ayperi ayra ayres ayrin ayris ayrton aysa aysan aysar ayscha ayse
ayse-nur aysegul aysel aysela ayselov aysem aysen aysenur aysha ayshe aysia aysima ayssa ayssen aysu aysun
aytac aytana aytekin ayten ayu ayub ayuk ayumi ayun ayuna ayush ayusha ayva ayvah ayvan ayven ayvin ayyan
ayyash ayyoub ayyub ayza ayzal ayzel aza azaan azad azade azadeh azael azahara azahel azaiah azalea azalee
azalia azam azan azana azania azar azara azari azaria azariah azariyah azarya azat azeem azeen azeez azel
azelia azell azelya azem azen azeneth azer azhar azia aziah aziel azil azim azima azir azis aziyah aziz aziza
azize azka azlaan azlan azlyn azlynn azmi azmina azra azrael azragul azranur azriel azucena azul azur azura
azure azusa azya azza azzam azzie azzurra ba baal baba babacar babajide babak babara babatunde babe babett
babette babie baby babyboy babygirl bach bachir bade bader badi badia badis badr badu bae baer bah baha bahaa
bahadir bahar bahareh bahati bahattin bahia bahiya bahoz bahram bahri bahtiyar bai baila bailasan bailee
baileigh bailey bailie baillo bailo baily baisangur baja bajro bakari bakary baker baki bakir bakr bakur bala
balaji balam balazs balbina baldemar balder baldomero balduin baldur baldwin baleigh baley bali balian balin
balinda balint balkis ballard balqis baltasar baltazar balthasar balthazar balu bam bambi bamidele bana bandar
bander bandi bane baneen banesa bang bangaly banin banjamin banks banu banx bao bao-anh baptiste bar bara
baraa baraah barabara barak baraka barakah barakat baran barb barbara barbaraann barbare barbel barber
barbette barbi barbie barbora barbra barclay bardia bardo barend bari barika barin baris barlas barnabas
barnaby barnard barne barnet barnett barney barnie barny baron barret barrett barri barrie barrington barron
barry barsam bart bartek bartholomaus bartholomeus bartholomew bartlett bartley bartlomiej bartolo bartolomeo
barton bartosz bartu baruch bas basak baschira bascom basel basem bashar basheba bashir basia basil basile
basilio basilius basim basima basir basit basma basri basrieva bassam bassel bassem bassma basti bastian
bastien bastienne basya bathsheba batin batool batoul batsheva battal battista batu batuhan batul batya bauer
bautista baxter bay baya bayaan bayan bayani bayard baybars baye bayla baylee bayleigh baylen bayley bayli
baylie baylor bayram bayron bayryam baysangur bayseova baz bea beach bean bear beat beata beate beatrice
beatris beatrix beatriz beau beauford beaulah beautiful beauty beaux bebe becca bechir beck beckam becker
beckett beckey beckham becki beckie beckley becky beda bedelia bedford bedia bediha bedir bedirhan bedri
bedriye bee beecher beeke beele beena beene begum behiye behlul behnam behram behzad bejan bejna beka bekah
beke beki bekim bekir bektas bela belal belana belanna bele belen belford belgin belia belicia believe belin
belina belinay belinda belisa beliz belkis bell bella bella-sophie belladonna bellami bellamy bellarose
bellatrix belle bellina bellis belma belmin belmira beloved belton beltran belva belvia belynda ben ben-elias
ben-leon ben-louis ben-luca bena benaiah benaja benan benard benas benay benayah bence bendeguz bendik bendix
bendt bene benedek benedetta benedetto benedict benedicta benedicte benedikt benedikta benedykt benen benesha
benet benett bengi bengt bengu benhur beni beniamin benice benicio benie benigna benigno benita benito benja
benjaman benjamen benjamim benjamin benjamine benjemin benjen benji benjie benjiman benjin benjy benka benn
benne bennet benneth bennett benni bennie bennit benno benny beno benoit bensen benson bensu bent bente benthe
bentlee bentley bently bento benton benuel benvenuto benyamin benz benzion beorn beppo ber bera beran berat
beray bercem berdan berdie bereket beren berend berengar berenice berenike berenise berfin berg bergen berger
berguzar berhan beri beria beric beril berin berina berit beritan berivan berk berkan berkay berke berkeley
berken berkin berklee berkley berl berle berlin berlina berlinda berline berlyn berna bernabe bernadean
bernadett bernadetta bernadette bernadine bernado bernard bernarda bernardina bernardine bernardino bernardo
bernardus bernd berneda berneice bernell bernerd bernetta bernette bernhard bernhardt berni bernice bernie
berniece bernis bernita berno bernt bernward bero beronica berra berrak berri berrin berry bersan bert berta
bertan bertel bertha berthe berthold bertie bertil bertina berto bertolt berton bertram bertrand beryl beryle
berzan besa besan besart besiana besim besir besjan besma besnik besra bess besse bessie beste beta betel beth
bethan bethaney bethani bethanie bethann bethanne bethany bethel bethlehem bethony betiel betim betina beto
betsabe betsaida betsey betsy bette betti bettie bettina betty bettyann bettye bettyjane bettyjo bettylou
betul betzaida betzy beula beulah bev bevan beverlee beverley beverly beverlyn bevin bevis bex bexley beya
beyan beyhan beykan beyonce beytullah beyza beyza-nur beyzanur beyzat beza bezalel bharath bhavesh bhoomi
bhoye bia biagio biana bianca bianco bianey bianka bibi bibiana bich biel biene bienvenido bijan bijelle bijou
bijoux biko bikram bilal bilan bilel bilen bilge biljana bill billa billah billal bille billee billey billi
billie billiejo billy billye bilqis bilyanova bin bina binah bine binh binta binte bintou bintu binyame
binyamin binyomin bionca biran bircan birce bird birdie birger birgit birgitt birgitta biridiana birk birkan
birsen birtha birtie biruta bisan bisera biserov biserova bishop bisma bismark bissan bita bitania bitanya bix
bj bjanka bjarki bjarne bjay bjork bjorn bjornson blade bladen bladimir blain blaine blair blaire blaise
blaize blake blakelee blakeley blakely blakelyn blanca blanch blanche blanchie blandina blandine blane blanka
blas blase blayden blayke blayne blayze blaze blen blend blenda blendi bleon bleona blerim blerina bleron
blerta bless blessed blessing blessings blima blimy blin blina bliss blitz blix blixa blondell blossom blu
blue bluma blume blythe bo boakye boas boatemaa boateng boaz bob boban bobbe bobbette bobbi bobbie bobbiejo
bobbijo bobby bobbye bobette bobi bobie bobo bode boden bodhi bodi bodie bodo boe bogdan bogdana bohan bohdan
bohumil bojan bojidar bolaji boleslaw bolin bolle boluwatife bon bona bonaventura bong bonifacio bonifatius
boning bonita bonna bonni bonnie bonnita bonny bono booker boone bora boran borge boris borislav borislavov
borislavova borisova borisovic borisovna borna boruch borys bosco bosko boss bosse boston bostyn botan botho
boubacar bowen bowie bowman boy boya boyan boyanov boyce boyd boyu bozan bozena bozhankeva bozhidar
bozhidarova bozidar bracha bracken brad bradd braden bradey bradford bradi bradie bradlee bradley bradly
bradney bradon brady bradyn braedan braeden braedon braedyn braelin braelyn braelynn brahim braian braiden
braidyn brailee brailey brailyn brailynn brain brajan bralyn bralynn bram bran branch branco brand branda
brandalyn brandan brande brandee branden brandi brandice brandie brandilyn brandin brandis brando brandon
brandt brandun brandy brandyn branimir branislav branko brannon bransen branson brant brantlee brantley
brantly branton braulio brave braven braxten braxton braxtyn bray brayan brayce braydan brayden braydin
braydon braylan braylee brayleigh braylen braylie braylin braylon braylyn braylynn brayn brayson brayton brea
breah breahna breana breann breanna breannah breanne breasia breauna breaunna breck brecken breckin brecklyn
breckyn bree breeana breeann breeanna breelyn breen breena breeze breezy brehan brelyn brelynn bren brena
brenae brenan brenda brendan brenden brendin brendon brendyn brenley brenna brennah brennan brennen brenner
brennon breno brent brenten brentlee brentley brently brenton breon breona breonna bret brett brette bretton
brevan brevin brewster brexton breya breyana breyanna breyden breydon breyon breyonna bria briah briahna brian
briana brianca brianda briann brianna briannah brianne brianny briant briar briasia briauna brice bricen brida
bridger bridget bridgett bridgette bridgit bridgitte brie brieana brieann brieanna brieanne briel briella
brielle brien brienna brienne brier briget brigette briggs brigham brighid bright brighton brigid brigida
brigit brigitt brigitta brigitte brihanna brij brijesh brilee brileigh briley brilliant brilynn brin brina
brinda brinkley brinlee brinley brinn brinton brion briona brionna brisa briseida briseis briselda briseyda
brison brissa brissia bristol brit brita britain britani britanny britany brithany britnee britney britni
britnie britny briton britt britta brittain brittainy brittan brittanee brittaney brittani brittania brittanie
brittany britten britteny brittiany brittini brittiny brittnay brittnee brittney brittni brittnie brittny
britton brix brixton briyana briyanna briza broadus broc brocha brock brockton brodee broden broder broderick
brodey brodi brodie brodrick brody brogan bron bronagh bronco bronislaw bronislawa bronko bronson bronte
bronwen bronwyn bronx brook brooke brookelyn brookelynn brooker brookie brooklin brooklyn brooklyne brooklynn
brooklynne brooks brooksie bror brown brownell brownie bruce brucha bruk brun bruna brunhild brunhilde bruni
brunilda bruno brutus brya bryan bryana bryanna bryanne bryant bryar bryce brycen bryden bryer brylan brylee
bryleigh brylen brylie bryn bryna brynja brynlee brynleigh brynley brynlie brynn brynna brynne brynnlee
brynnley bryon bryonna brysen bryson brystal brystol bryston bryton buba buck buckley bucky bud budd buddie
buddy buel buelah buell buena buenaventura buffie bufford buffy buford buglem bugra bui bukhari bula bulah
bulent bulut buna bunnie bunny bunyamin burak buray burcu burdette buren burgess burghard burhan burke
burkhard burkhardt burl burley burma burnell burnett burnetta burnette burney burnice burnie burnis burns burr
burrell burt burton buschra buse bushra busra buster butch butler byan bynum byran byrd byrl byron cache
cacilia cacilie cad cadan cadance cade caden cadence cadesha cadi cadie cadin cady cadyn caecilia caeden
caedmon cael caelan caelen caeli caelin caelyn caesar caetano cafer cagan cagatay cagdas cage cagla caglar
cagtay cahid cahit cai caia caiden caidence caidy caidyn caila cailan caileb cailee caileigh cailen cailey
cailie cailin caillou caily cailyn cailynn cain cainan caine caio caira cairo caison cait caitlan caitlin
caitlyn caitlynn caitriona caius caja cajo cajus cal cala calan calandra calani calantha calder caldonia
caldwell cale calea caleah caleb caledonia calee caleesi caleigh calen caleo caley caleya cali calia calian
caliana calianne calib calice calida calie california calin calina caline caliope calissa calista calisto
calixte caliyah calla callahan callan callaway calle callee calleigh callen calley calli callie calliope
callista callisto callum cally calob calogero calub calum calvert calvin caly calyn calypso cam camara camari
camarion camaron camber cambree cambri cambria cambridge cambrie cambry camden camdon camdyn camea camee
camela camelia camella camellia cameo cameran cameren camerin cameron cameryn cami camie camiel camil camila
camile camilia camill camilla camille camillia camillo camillus camilo camina camino camisha camiyah cammi
cammie cammy campbell campino campion camren camri camrin camron camrun camry camryn camrynn camy camya can
can-luca cana canaan canan canda candace candan candance candas candee candela candelaria candelario candi
candice candida candide candido candie candis candise candra candy candyce cane canel canela caner canh canice
canio cannon cano canon cansel cansu canyon cao caoimhe caolan capitola capri caprice capucine cara carah
caralee caraline caralyn caramia cardell cardin carel carelle caren carena caressa carey cari caria caridad
carie carin carina carine caris carisa carisma carissa carita carl carl-philipp carla carle carlean carlee
carleen carleene carleigh carlen carlena carlene carles carleton carletta carlette carley carli carlie carlin
carlina carline carlis carlisa carlisha carlisle carlissa carlita carlito carlitos carlo carlon carlos carlota
carlotta carlotte carlous carlson carlsson carlton carlus carly carlye carlyle carlyn carlynn carlyon carma
carman carmel carmela carmelia carmelina carmelita carmella carmello carmelo carmen carmi carmichael carmilla
carmin carmina carmine carmon carmyn carnell caro carol carola carolann carolanne carold carole carolee
carolene carolin carolina caroline caroll carolyn carolyne carolynn carolynne caron carra carrera carri
carrick carrie carrieann carrigan carrington carrisa carrissa carrol carroll carron carry carsen carson
carsten carston carsyn carter cartier caruso carvel carver carvin carwyn cary caryl carylon caryn carys cas
casandra casaundra case casen casey cash cashel cashius cashmere cashton casi casia casian casie casimer
casimir casimira casimiro cason casondra caspar casper caspian cass cassady cassander cassandra cassandre
cassaundra cassedy cassey cassi cassia cassian cassidee cassidi cassidy cassie cassiel cassien cassiopeia
cassius cassondra cassy castiel castor castro casy cat cataldo catalea cataleah catalena cataleya catalia
catalin catalina catalino catalya catara catarina catarino cate cateleya catelyn catelynn caterina cathal
cathalea cathaleya cathalia cathalina catharina catharine cathe catherin catherina catherine cathern catheryn
cathey cathi cathie cathleen cathlene cathlyn cathrin cathrina cathrine cathryn cathryne cathy catiana catie
catina catlin catlyn catlynn cato catrice catrin catrina catriona cattaleya cattleya caty catya cavalli cavan
cavid cavin cavit cay caya cayan cayce cayde cayden caydence caydon cayenne cayetana cayetano cayla cayleb
caylee cayleigh caylen cayley caylie caylin caylon cayman cayo caysen cayson caytlin cazandra ceaira ceana
ceanna ceara ceasar ceaser cebrail ceca cecelia cecil cecila cecile cecilia cecilie cecilija cecilio cecille
cecillia cecily cecylia cedar cedella cederic cedra cedric cedrick cedrik ceeh ceejay ceil ceirra cela celal
celena celene celest celesta celeste celestia celestial celestin celestina celestine celestino celia celian
celica celicia celil celin celina celinda celine celio celiya cella cellina celsa celso celvin celyn celyna
cem cemal cemalettin cemil cemile cemre cena cendy cengiz cengizhan cenk cennet ceola cephas cephus cera ceren
cerena cerenity ceres cerina cerine cerise cerrone cerys cesar cesare cesaria cesario cesc cesia cesilia cesur
cetin cevat cevdet ceyda ceyden ceyhan ceyhun ceyla ceylan ceylin cezar cezary cha chabeli chace chad chadd
chadi chadija chadley chadrick chadwick chahd chahrazed chai chaim chaise chaitanya chaitra chaja chaka
chakina chakotay chalil chalina chalisa chalita chalmer chalmers chalyn cham chama champ champagne chan chana
chanan chance chancellor chancelor chancey chancy chanda chandan chandel chandler chandra chanee chanel
chanela chanell chanella chanelle chaney chang chanh chani chania chanice chanie chanina chaniya chanler
channa channah channel channie channing channon chanon chanse chanta chantae chantal chantall chantay chante
chantel chantell chantelle chanti chanty chantz chany chaos chapman chaquita chara charalampos charbel chardae
charde chardonnay chares chari charice charie charis charisa charise charisma charissa charisse charita
charith charity charl charla charlaine charlana charlcie charle charlean charlee charleen charleene charleigh
charlemagne charlen charlena charlene charles charlesetta charleston charlet charleton charlett charletta
charlette charley charli charlie charliese charlin charlina charline charlisa charlise charlize charlot
charlott charlotta charlotte charlotte-sophie charls charlsie charlton charly charlyn charlyne charlynn
charmain charmaine charmane charmayne charmin charna charnell charo charolette charolotte charon charvi
charvik charyl chas chase chasen chasidy chasity chaska chason chassidy chassity chastidy chastin chastity
chaston chato chau chauncey chauncy chaundra chava chavah chavez chavis chavon chavonne chaya chayan chayanna
chayanne chayce chayene chayenne chayla chayse chayton chaz chazz che chee cheena chege chehade cheick cheikh
chelby chelcie chelsa chelse chelsea chelsee chelsey chelsi chelsie chelsy chelton chelyn chen chenay chenelle
cheng chenoa chenxi chenyu cher chere cheree cherelle cherese cheri cherice cherie cherif cherilyn cherin
cherina cherine cherise cherish cherisse cherita cherith cherly cherlyn cherno cherokee cheron cherrelle
cherri cherrie cherrish cherry cherryl chery cheryl cherylann cheryle cheryll cheryn cheskel chesley chesney
chessie chester cheston chet chevalier chevelle cheveyo chevon chevonne chevy chey cheyann cheyanna cheyanne
cheyene cheyenn cheyenna cheyenne cheyne chi chia chiaki chiamaka chiamanda chian chiara chibueze chibuike
chibuzo chibuzor chicago chick chico chidera chidi chidiebere chidiebube chidima chidimma chidinma chidozie
chidubem chidumebi chiedozie chief chiemeka chiemela chiemerie chigozie chihiro chijioke chika chikaima
chikamara chikamso chike chilton chima chimamanda chimaobi chimaobim chimdi chimdiebube chimere chimeremeze
chimezie china chinar chinasa chinaza chinedu chinelo chinemerem chinenye chineye chinguun chinmayi chinonso
chinwendu chinyere chioma chip chiquita chirag chiron chirstopher chisara chisimdi chisom chistian chistopher
chiyoko chizara chizaram chizitere chiziterem chizoba chloe chloee chloey chloie choice chole chong chris
chrisanthi chrishawn chrislyn chrisopher chriss chrissa chrissie chrissy christ christa christabel christabell
christain christal christale christalle christan christapher christeen christel christella christelle christen
christena christene christer christhian christi christia christiaan christian christiana christiane
christianna christianne christiano christianson christie christien christin christina christine christinia
christino christion christipher christl christle christo christobal christof christofer christoffer christoher
christon christop christoper christoph christophe christopher christophine christophor christos christpher
christy christyan christye christyn chrysa chrysander chrysoula chrysta chrystal chrystelle chrystian
chrystina chu chuck chuckie chucky chukwubuikem chukwudi chukwuebuka chukwuemeka chukwuka chukwuma chukwuyem
chun chung churchill chyann chyanne chyenne chyna chynna cian ciana ciani cianna ciano ciara ciaran ciarra
cicek cicely cicero cicilia cicily cidalia cidney cidra cieara ciel ciela ciella cielo cienna ciera cierra
cigdem cihad cihan cihangir cihat ciji cila cilia cilian cilin cilla cillian cilya cima cina cinar cincere
cinda cindee cinderella cindi cindie cindra cindy cinnamon cinthia cinthya cintia cinzia ciprian cipriano cira
cire cirilla cirilo cirin cirino ciro cisco cisse citlali citlalli citlally citlaly civan ciwan ciya cj cjell
claas claiborne clair claira claire clairissa clancy clara clara-marie clarabell clarabelle clarance clare
clarence clarene claretha claretta claribel clarice clarie clarinda clarine claris clarisa clarise clarissa
clarisse clarita clarity clark clarke clarnce clarrisa classie claud claude claudel claudell claudene
claudette claudia claudie claudina claudine claudio claudius claus clay clayborn clayton clea clearance
clearence cleatus cleda clelia clell clella clem clemence clemens clement clemente clementina clementine
clemmie clemon clenton cleo cleola cleon cleona cleone cleopatra cleophas cleophus cleora cleotha cleotilde
cleta cletis cletus cleva cleve cleveland cleven clever clide cliff clifford cliffton clifton climmie cline
clint clinton clio clive clodagh cloe cloey cloie clois clora clorinda clotilde cloud clover clovis cloyce
cloyd clyda clyde clydia clydie clyne cobalt cobe cobey cobi cobie cobra coby coco coda codey codi codie cody
coen cohen colbert colbey colbi colbie colby colden cole coleen coleman colen colene coleson coleton coletta
colette coley colie colin coline colleen collen collene colletta collette collie collien collier collin
colline collins collis collyn colm colman colon colonel colson colston colt coltan colten colter coltin colton
coltyn columba columbia columbus colvin colyn come comer compton conal conall conan conard conceicao
concepcion conception concetta concha conchetta conchita conde cong conlan conley conna connan connar connell
conner conni connie connor conny conor conrad conradin conrado constance constancia constantijn constantin
constantina constantine constantino constantinos constanza constanze constanzia consuela consuella consuelo
contessa conway cookie cooper copeland cor cora coraima coral coralee coralie coralina coraline coraly coralyn
coralynn corazon corban corben corbett corbin corbinian corby corbyn cord corda cordae cordale cordarius corde
cordelia cordell cordero cordia cordie cordula corean coree coreen corena corene corentin coretha coretta
corey cori corie corin corina corine corinn corinna corinne corinthia corinthian corissa corky corleone corley
corlis corliss cormac cornel cornelia cornelio cornelious cornelis cornelius cornell corrado correy corri
corrie corrin corrina corrine corrinne corry corryn cort cortes cortez cortland cortnee cortney cortni cortnie
corvette corvin corvo corvus corwin corwyn cory coryn corynn cosette cosima cosimo cosma cosmas cosme cosmea
cosmin cosmina cosmo cosmos costa costantino costello coty coulter coumba couper courage courtenay courteney
courtland courtlyn courtnee courtney courtni courtnie courtny coy cozetta cozette craig crandall crawford
crayton cree creed creek creighton creola crescencia cresencio cressida creston crew cricket crimson cris
criselda crispin criss crissy crist crista cristabel cristal cristel cristela cristen cristhian cristi
cristian cristiana cristiano cristie cristin cristina cristine cristino cristo cristobal cristofer cristopher
cristy crixus croix crosby cross crowley crown cru crue cruz cruze crysta crystal crystalyn crystel crystina
crystle csilla cuauhtemoc cuba cudi cuinn cullen culver cuma cumali cuneyt cung cuno cuong cupid curley curlie
curly curran curren curry curt curtis curtiss custodio cutler cutter cuyler cy cyan cybil cyd cydnee cydney
cydni cygnus cyla cylas cyle cyler cylia cylus cynara cynda cyndee cyndi cyndie cyndy cynthia cypress cyprian
cyra cyrena cyrielle cyril cyrill cyrilla cyrille cyrine cyris cyrstal cyrus czeslaw czeslawa da daah daan
daania daaron dabin dabney dacey dacia dacoda dacota daddy dade dadrian dae daegan daeja dael daelyn daelynn
daemien daemon daena daenerys daequan daesha daeshawn daeun daevon dafina dafna dafne dafni dag dagan daghan
dagmar dagmara dagny dago dagobert dagoberto dahab daher dahlia dai daia daian daiana daichi daija daijah
daijana daijon daiki dail daila daileen dailen dailyn daiman daimen daimien daimion daimon daimond dain daina
daine daiquan daira daisey daisha daishawn daisie daisy daivd daivik daivon daiwik daizy daja dajah dajan
dajana dajanae dajon dajour dajuan dakarai dakari dakoda dakota dakotah daksh daktari dal dala dalai dalal
dalan dalana dalaney dalary dale daleah daleen dalen dalena dalene daler daley daleyza dali dalia daliah
dalian daliana dalibor dalicia dalida dalija dalil dalila dalilah dalin dalina dalisa daliya daliyah dalja
dallan dallas dallen dallie dallin dallis dallon dalma dalon dalton dalvin daly dalya dalyah dalyan dalyn dam
damali daman damani damany damar damara damarco damarcus damari damario damarion damaris damarius damarys
damean damein dameion damen dameon dami damia damian damiana damiano damianos damien damijan damilare damilola
damin damina damion damir damira damita damiya damiyah damiyan damjan damla damon damond damone damoni
damontae damonte damya damyan dan dana danae danah danai danail danailov danailova danait danaja danasia danay
danaya danbi dandra dandre dandrea dane danea danee daneen daneil daneisha danel danelia danell danella
danelle danesh danesha danessa danetta danette dang dangel dangelo danger danh dani dania daniah danial danian
danica danice danie daniel daniela daniele daniell daniella danielle danielov danielova daniels daniil
daniilovic daniilovna danija danijel danijela danik danika danil danila danille danilo danilovic danin danique
danis danise danish danisha danissa danita danitza daniya daniyah daniyal daniyar daniyel danja danjel danka
dann danna dannah danne dannette danney danni dannial dannie danniel danniell dannielle dannika dannon danny
dano dantae dante danthony danton dantrell danuel danuta dany danya danyah danyal danyale danyar danyel
danyell danyelle danyla danylo danzel dao daon daoud daouda daphene daphine daphna daphne daphney daphni
daphnie daquan dara darah daran darasimi darbi darby darcee darcel darcell darcey darci darcia darcie darcy
dardan darean dareen darek darel darell darelyn daren dareon darey dari daria daria-maria darian dariana
darianna daric darice darick dariel dariela darielle darien darienne darija darijan darik daril darilyn darin
darina darine darinka dario darion darious daris darissa daritza darius dariush dariusz dariya dariyan darja
darko darl darla darlean darleen darlena darlene darlien darlin darlina darline darling darly darlyn darlyne
darlynn darnel darnell darnella darnelle darnesha darnisha darold daron darone darra darrah darran darrel
darrell darren darrian darrick darriel darrien darrin darrion darris darrius darrol darron darrow darry darryl
darryle darryll darryn darsh darshan darshi dartagnan darth darus darvin darwin darwyn darya daryan daryl
daryle daryll daryn daryna dasa dasan dasani dascha dasean dash dasha dashaun dashawn dashel dashia dashiell
dashon dasia dason dassie dassy dastan dastin dat dathan dau daud dauda daulton daun daunte daut dava davante
davar davaughn dave daveion daven daveon davetta davette davey davi davia davian daviana davianna david davida
davide davidson davie daviel davien davies davika davin davina davinci davinia davio davion davis davit davita
davon davone davonna davonne davonta davontae davontay davonte davor davorin davud davut davy davyd davyn
davyon dawan dawana dawayne dawid dawin dawit dawn dawna dawne dawnelle dawnette dawnmarie dawon dawood dawoud
dawson dawsyn dawud dawyn dax daxon daxton day daya dayami dayan dayana dayanara dayani dayanna dayja dayla
daylan dayle daylen daylene daylin daylon dayman daymen daymian daymien daymon daymond dayna dayne dayo dayon
dayonna dayquan dayra dayron dayse daysha dayshawn daysi daysia dayson dayton daytona dayvin dayvion dayvon
dayyan de dea deacon deadra deagan deaira dean deana deandra deandre deandrea deandria deane deangela deangelo
deanie deann deanna deanne deante deanthony deara dearl dearon deasia deatra deatrice deaundre deaven deavin
deavion deb debbi debbie debborah debbra debby debera debi debora deborah deborha deborrah debra debrah
debrianna debroah decarlo decarlos december deckard decker declan dede dedra dedric dedrick dee deea deeann
deeanna deedee deedra deegan deem deema deen deena deep deepak deepti deesha deetta deette deeya defne
deforest dehlia deia deianeira deidra deidre deija deion deirdra deirdre deisi deisy deitra deivid deja dejah
dejan dejana dejanae dejesus dejon dejuan deklan deklyn dekota del dela delaila delaina delaine delainey delal
delale delali delan delana delane delaney delani delanie delano delante delany delara delaya delayla delayn
delayna delayne delbert delcie delcy delean deleen delena delene deleon delf delfa delfin delfina delfinia
delfino delford delia deliah delian delice delicia delight delila delilah delin delina delinda delio delisa
delisha delisia deliya dell della dellar dellie delma delmar delmas delmer delmont delmus delmy delois deloise
delon delonte delora deloras delorean delores delories deloris delorise delorse delos delpha delphia delphina
delphine delroy delsa delsie delson delta delton deluca delvin delvina delvon delwin delwyn delyla delylah
delynn dema demani demar demarco demarcus demari demario demarion demaris demarius demarko demarkus demba
demetra demetre demetri demetria demetric demetrice demetrick demetrio demetrios demetrious demetris demetrius
demetruis demetrus demhat demi demia demian demid demien demilade demir demira demircan demirhan demirkan
demirova demis demitra demitri demitria demitrius demon demond demont demonta demontae demonte demontre
dempsey demya demyan den dena denae denahi denali denard denasia denay denby dene denee deneen denelle denese
denesha denette deneva deng deni denia denice deniece deniel denielle denika denilson denim denine deniro
denis denisa denise denisha denisov denisovic denisovich denisovna denisse denita deniz deniza denley denman
denna dennes denni dennie dennis dennise dennison denny dennys deno denton denver deny denya denyel denys
denyse denysha denysivna denzel denzell denzil deolinda deon deona deondra deondre deonna deonta deontae
deontay deonte deontre dequan dera derald deran dereck derek derell deren dereon deri deria derian deric
derica derick derik derin derion derius derk derman dermot deron derran derreck derrek derrel derrell derrian
derric derrica derrick derricka derrik derrill derrin derrion derrius derron derry derryl dervis derwin
derwood derya deryck deryk deryl desa desai desarae desaray desaree desean deserae deseray deseree deserie
desha deshaun deshauna deshawn deshawna deshon deshun desi desideria desiderio desirae desiray desire desirea
desiree desislavov deslyn desmon desmond despina dessa dessie destan destanee destani destanie destany desteny
destin destina destinay destine destinee destiney destini destinie destiny destry destynee destyni detlef
detlev detra detrick detta deus dev deva devan devani devansh devante devany devaughn deven devendra deveon
devere devesh devi devian devid devika devin devin-joel devina devine devion devlan devlin devlyn devon devona
devone devonna devonne devonta devontae devontay devonte devora devorah devra devran devrim devrin devron
devyn devynn dewain dewaine dewan dewana dewanda dewane dewanna deward dewayne dewey dewi dewie dewight dewin
dewitt dewran dex dexter deya deyan deyanira deyanov deyanova deyla deylan deylin deyon deysi deyvid dezarae
dezaray dezirae dezire deziree dezmon dezmond dhairya dhalia dhani dhanvin dhanya dharma dhillon dhiraj dhriti
dhruv dhruva dhruvan dhurata dhyaan dhyan dhyana di dia diaa diab diago diakite diala diallo diam diamant
diamante diamantina diamon diamond diamonds diamonique dian diana dianara diandra diandre diane diangelo
diania diann dianna dianne dianny diante diantha diar diara diari diarra dias diaz diba dicie dick dickey
dickie dickson dicky dicle didem didi didier diedra diedre diedrich diego diell diellza diem dien diep dierdre
dierk diesel dieta dieter dietlind dietmar dietra dietrich dieu dieudonne dija dijan dijana dijar dijle dijon
dijwar dila dilan dilana dilanur dilara dilay dilayla dilber dilda dilek dilem dilian dilin dillan dillard
dillen dillian dillie dillin dillion dillon dillyn dilnura dilreet dilruba dilsah dilshaan dilwin dilyn dima
dimal dimana dimas dimitar dimitra dimitri dimitrievna dimitrij dimitrije dimitrios dimitris dimitrius
dimitrov dimitrova dimitry dimosthenis dimov dimova dimple din dina dinah dinara dinari dinesh dinh dino
dinora dinorah dio diogenes diogo diola dion diona diondra diondre dione dionicio dionis dionisia dionisio
dionisios dionna dionne diontae dionte dionysia dionysios diop dior diora diren dirk disa disha dita diva
divia divin divina divine divinity divna divya divyan divyansh dix dixie dixon diya diyaa diyaan diyala diyan
diyana diyanov diyanova diyar diyara diyora dj djad djamal djamil djamila djana django djannah djannat djellza
djem djenaba djenabou djene djeneba djeren djibrail djibril djimon djordje djuan djuana djuliano djuna dmarcus
dmari dmarion dmitri dmitrievic dmitrievich dmitrievna dmitrii dmitrij dmitrijevic dmitrijs dmitrivna dmitriy
dmitrovic dmitry dmitryevic dmitryevna dmytrivna dmytrovic do doaa doan doba dobromirova doc docia dock dodge
dodi dodie doga dogan dogu dogukan doha doina dokht dola dolan dolce dollie dolly dolores doloris dolph
dolphus dolunay dom domanic domanick domanique domenic domenica domenick domenico domenik domenique domina
dominga domingo domingos dominic dominica dominick dominik dominika dominion dominique dominque domonic
domonick domonique don dona donaciano donal donald donalda donaldson donar donat donata donate donatella
donatello donatien donato donatus donavan donaven donavin donavon donavyn dondi dondra dondre dondu donel
donelda donell donella donelle donesha donetta donette donevin dong doni donia donica donice donie donielle
donik donika donis donisha donita donivan donja donley donn donna donnalee donnamarie donnel donnell donnelle
donnetta donnette donnie donnis donnita donnovan donny donold donovan donovin donovon donta dontae dontavious
dontavius dontay donte dontez dontrell donya donyae donyell donzell dor dora doralee doran dorathea dorathy
dorcas dore dorea doreatha doree doreen dorel doren dorena dorene doresa doretha dorethea doretta dori doria
dorian dorice dorie dorien dorin dorina dorinda dorine dorion doris dorit dorita dorla dorleen dorlene dorma
dorman dorn doro doron dorota dorotea doroteo dorotha dorothe dorothea dorothee dorothey dorothia dorothie
dorothy dorra dorrie dorris dorsa dorsey dorsie dorte dortha dorthe dorthea dorthey dorthy doruk dorukhan dory
doryan doshia doshie dossie dot dotti dottie dotty doua douaa doug douglas douglass dounia dov dove dovid
dovie dow doy doyal doyce doyle doyne draco draga dragan dragana dragica drago dragomirova dragon dragos drake
draven draya drayden drayton drazen dre drea dream dreama drema dren drena drenda dresden dreshawn drevon drew
drexel drey dries drilon drin drina driss drita driton dru drucilla drue drusilla dshawn du dua duaa duaine
duan duana duane duanne duard duarte dubois duc dudley dudu duena duffy dugan duha duje dujuan duke dula dulce
dulcemaria dulcie dumitru duncan dune dung dunia duniya dunja dunya duong dupree durali duran durand durell
durim durmus duron durrell dursun duru durward durwin durwood dusan dusica dusko dustan dusten dusti dustie
dustin duston dusty dustyn dutch duval duwayne duy duyen duygu duzgun dvora dwain dwaine dwan dwana dwane
dwayn dwayne dwight dwyane dyala dyamond dyan dyana dyani dyann dyanna dyanne dyego dylan dyland dylann dylara
dylen dylin dyllan dyllen dyllon dylon dymond dynasty dyo dyon dyron dyson dyuti dzan dzana dzastin dzebisova
dzejla dzejlan dzemal dzemil dzemila dzenan dzeneta dzenita dzevad dzevada dzhansu dzhem dzhemal dzhengis
dzhengiz ea eain eames eamon eamonn ean earl earla earle earlean earleen earlene earley earlie earline early
earma earnest earnestine earnie eartha earvin eason east easter easton eastyn eathan eathel eather eathon
eaton ebaad ebba ebbe ebbie ebbo ebby ebe ebelina eben ebenezer eber eberhard ebi ebo ebone ebonee eboney
eboni ebonie ebony ebosetale ebot ebrahim ebrahima ebrar ebrima ebru ebu ebube ebubechukwu ebubekir ebuka
ebunoluwa ecaterina ece ecem ecenaz ecenur ecesu echo eckard eckart eckehard eckhard ecki ecren ecrin ector ed
eda edan edana edanur edd edda eddi eddie eddin eddy ede edel edelgard edelia edelina edeline edelmira
edeltraud edeltraut edem eden eder edessa edgar edgard edgardo edi edibe edie edilberto edilia edin edina
edion edis edisa edison edit edita edith editha edithe ediz edkar edla edley edma edmon edmond edmonia edmund
edmundo edna edo edoardo edom edon edona edonis edora edosa edouard edra edrees edric edrick edrie edris edsel
edson edu eduan eduar eduard eduarda eduardo eduardovic eduart edvard edvin edwad edward edwarda edwardo
edwards edwin edwina edwinn edwyn edy edyn edyta edyth edythe edzard eefje eeli eelis eemil eero eesa eesha
eeva eevi efe efecan efehan efekan effi effie effy efia efie efim eflal eflin efnan efosa efraim efrain efran
efrat efrata efrem efren efrin efrosini efstathios efstratios efsun eftalya eftelya efthimia eftichia efua
egan egbe egbert ege egehan egemen eghosa egidio eginhard egon egor egorovic egorovna egypt egzon eh ehab ehan
ehlena ehmi ehren ehsan ehud eiad eian eibe eid eiden eijaz eiji eik eike eiko eila eilan eileen eileene eilen
eilene eilidh eilin eilis eilish eiliyah eilleen eiman eimy einar einin eino einstein eira eireann eireen
eirik eirini eisa eisley eitan eithan eiven eiza eja ejona ejvind ekaksh ekam ekamjot ekatarina ekaterina
ekaterini ekatherina ekechukwu ekemini ekene ekim ekin ekjot ekkehard ekki ekko eknoor eko ekow ekram ekrem
ekta ektor ektoras el el-din el-farouk ela ela-nur elaa elaan eladio elaf elah elahe elaheh elai elaia elaida
elain elaina elaine elaisa elam elan elana elanaz eland elander elane elani elanie elano elanor elanora elanur
elany elara elaria elasu elay elaya elayla elayn elayna elayne elba elbert elberta elbia elbridge elchanan
elcin elda eldan eldana eldar eldarivna elden elder eldin eldina eldon eldora eldred eldrick eldrid eldridge
eldrin ele elea eleah elean eleana eleanor eleanora eleanore eleasa eleasar elease eleasha eleazar elecia
electa electra eleen elefterios eleftheria eleftherios eleia eleina elektra elen elena elenah elend elene
eleni elenia elenie elenita elenna elenor elenora elenore elenya eleonor eleonora eleonore elesa elese elesha
eleuterio elex elexa elexia elexis elexus eley eleya eleyana eleyna eleysa elfa elfe elfi elfida elfie elfin
elfina elfreda elfrida elfrieda elfriede elgie elgin elhadj elham elhan elhana elhassan eli elia eliab eliah
eliahs eliahu eliakim eliam elian eliana eliandra eliane eliani elianna elianne eliano elias elias-joel
elias-luca eliasz eliaz eliazar elica elice elicia elicio elida elide elidi elidia elie eliel elien eliene
elies eliese elieser eliette eliezer elif elife elifnaz elifnur elifsu eligah elige eligh eligio elih elihu
elija elijah elijan elijana elijano elijas elijha elijiah elijio elijon elikem elikia elikya elim elimar
elimelech elin elina elina-sophie elinah elinam elind elinda eline elinn elino elinor elinora elinore elio
eliodoro elion eliona elionora elior eliora eliot eliott elira elis elisa elisa-marie elisabel elisabet
elisabeta elisabeth elisabetha elisabetta elisandro elisar elisavet elisaveta elisaweta elisbeth elise elisea
elisee elisei eliseo elisey elisha elisheva elishia elisia elisiana elisija elisio eliska elison elissa
elissar elisse elissia elissio elisya elita elitseva eliu eliud eliya eliyah eliyahu eliyan eliyana eliyas
eliz eliza elizabella elizabet elizabeta elizabete elizabeth elizabetha elizabethann elizah elizan elizar
elizaveta elizbeth elize elizebeth elizeth elizia elizya elja eljas eljesa elka elke ella ella-marie
ella-sophie ellah ellaina ellamae ellamarie ellan ellana ellanora ellar ellara ellaya elle ellee elleen ellen
ellena ellene elleni ellenie ellenor ellenora ellenore elleny eller ellery elli ellia elliana ellianna ellice
ellida ellie elliet elliette ellijah ellika ellin ellina ellington ellinor ellinore elliot elliott elliotte
ellis ellisa ellise ellison ellissa ellisyn elliya ellora ellory ellouise ellsa ellsworth ellwood elly ellyana
ellyn ellyse elma elman elmar elmas elmedin elmedina elmer elmi elmin elmina elmir elmira elmo elmon elmond
elmore elmyra elna elnathan elnaz elnor elnora elo eloa eloah elodi elodia elodie elody eloghosa elohim eloi
elois eloisa eloise elom elon elona elonda eloni elonie elora eloria elorm elouan elouisa elouise elowen
elowyn eloy elpida elpidio elrey elric elrico elrik elroi elroy elsa elsadig elsayed elsbeth else elsey elsha
elshaddai elsi elsie elson elspeth elston elsworth elsy elta elton eluisa eluney elva elvan elvana elvar
elvedin elvera elvi elvia elvie elvin elvina elvir elvira elvis elvisa elvy elwanda elwin elwood elwyn ely
elya elyah elyan elyana elyane elyanna elyar elyas elyasa elyaz elyce elyes elyesa elyjah elyn elyna elyon
elysa elysabeth elyse elysee elysha elysia elyssa elysse elyza elza elzbieta elze elzie elzora ema emaan emad
emalee emaleigh emalia emalie emaline emalyn emalynn eman emani emannuel emanual emanuel emanuela emanuele
emanuell emanuella emanuelle emar emara emari emarie emaya ember emberlee emberly emberlyn emberlynn embry eme
emee emeka emel emela emelda emelee emeli emelia emeliah emelie emelie-sophie emelin emelina emeline emelio
emellie emely emelya emelyn emem emer emerald emeraude emeri emeric emerick emerie emerita emersen emerson
emersyn emery emeryk emi emia emie emiel emika emiko emil emila emilce emile emilee emileigh emileo emiley
emili emilia emilia-isabella emilia-sophie emilian emiliana emiliano emilias emilie emilien emilienne emiliia
emilija emilijan emilijo emilina emilio emilios emilius emiliya emiliyanov emilja emiljan emillia emillio
emilly emilo emilov emilova emilson emily emily-marie emily-rose emily-sophie emilya emilyah emilyann emilyn
emin emina emine emir emir-ali emira emircan emirhan emitt emjay emlyn emma emma-jane emma-josephine
emma-lotta emma-lou emma-louise emma-maria emma-marie emma-sophie emmabelle emmagrace emmah emmajean emmalee
emmaleigh emmalena emmalene emmali emmalie emmalin emmalina emmaline emmaly emmalyn emmalynn emman emmanouel
emmanuel emmanuela emmanuele emmanuella emmanuelle emmarie emmarose emme emmelie emmelin emmelina emmeline
emmely emmer emmerich emmerson emmersyn emmery emmet emmett emmette emmi emmie emmilia emmilie emmilou emmily
emmit emmitt emmo emmy emmylou emna emogene emon emoni emonie emori emorie emory emperatriz empress emra
emraan emrah emran emre emre-can emree emrie emrik emrullah emry emrys emsley emuna emy emylee emylia emylie
emyly emyr en ena enael enam enara enas encarnacion enda ender enderson endia endre endri endrik endrit endy
ene enea eneas enedelia enedina eneida eneko eneo ener enes enes-can enesa enessa enez engel engelbert engin
enhar eni enia enias enid enie eniko enio eniola enis enisa enise enissa enita eniyah eniz enja enjo enjoli
enki enlil enmanuel enna enne enni ennia ennie ennio ennis enno enny eno enoc enoch enock enoh enok enola
enora enos enosh enow enric enrica enrico enrigue enrik enrike enriko enrique enriqueta enrrique ensar ensley
enso enver envy enya enyah enyo enza enzio enzo eoghan eoin eola eon eowyn epalanga ephraim ephram ephrata
ephrem ephriam epifania epifanio epiphany eppie equilla era eran erasmo erasmus eray erblin erblina ercan erda
erdal erdem erdene erdi erdin erdinc erdinch erdmann erdmuthe erdogan erdzhan erek erel eremia eren erendira
erene erez erfan ergun erhan erhard erhardt eri eria erian eriana erianna eriberto eric erica ericca erich
erick ericka erickson erico ericson erie eriel erik erika erikka eriks eriksen erikson eriksson erim erin
erina erinn erioluwa erion eriona eriq eris erisa erjon erka erkan erkay erla erland erle erlene erlin erlinda
erline erling erlis erma ermal erman ermel ermelinda ermia ermias ermin ermina ermine erminia erminio ermira
ermis erna ernad ernest ernestin ernestina ernestine ernesto erni ernie erno ernst erny erol eron eros errick
errin errol erroll erron ersa ersan ersay ersell ersin erskine ertan ertugrul erva ervanur ervin ervina erving
erwan erwin ery eryc eryk eryka erykah eryn erynn erza erzsebet esa esabella esad esai esaias esaie esam esat
esau esben esca esco esdras esen esengul esenia eseosa esequiel eser esey esgar esha eshaal eshaan eshal eshan
esi esil esila esilya esin eska eske eskel eskil esko eslem esli eslin eslina esma esmae esmael esmail esmanur
esmay esme esmee esmer esmerald esmeralda esmeray esmerelda esmi esmira esmond esna esohe esosa espen
esperansa esperanza esra esraa esref esrom essa essam essence essie essien esta esteban estee estefana
estefani estefania estefanie estefano estefany estel estela estelita estell estella estelle estephania
estephanie estephany ester estera estes estevan esteven esther esthera esti estil estill estle eston estrella
estrellita eszter etan etelka etelvina etem eternity etha ethan ethanael ethaniel ethany ethel etheleen
ethelene ethelyn ethem ethen ether ethian ethlyn ethna ethyl ethyn etien etienne etinosa etka etna etnik eto
etoile etta etti ettie ettore etty etu euan eudora euel euell eufemia eugen eugena eugene eugenia eugenie
eugenio eugenius eugeniusz eula eulah eulalia eulalie eulalio eulas eulee eulene eulis eulogio eun euna eunice
eunique euphemia eura eurasia eureka europa eusebia eusebio eustace eva eva-maria eva-marie evaan evagelia
evaggelia evah evaine evald evalee evalena evalina evaline evalotta evalotte evaluna evalyn evalynn evamaria
evamarie evan evana evander evangelia evangelin evangelina evangeline evangelo evangelos evani evann evanna
evans evanthia evany evar evaristo eve eveleen evelena evelene evelia evelien evelin evelina eveline evelio
evellyn evelyn evelyna evelyne evelynn evelynne even evengeline ever everardo everdeen everest everet everett
everette everitt everlean everlee everleigh everlena everley everly everlyn evert everton evertt evette evey
evgenevna evgenia evgeniev evgenieva evgenievna evgenij evgeniya evgenovic evi evia evian eviana evie evilina
evin evina evita evla evlin evlyn evo evodia evodio evoleht evolet evolett evolette evon evonne evony evora
evra evran evren evrett evrim evrin evsa evva evy evyn ewa ewald ewan ewaoluwa eward ewelina ewell ewemade
ewen ewin ewing ewurabena exavier excel exie eya eyad eyal eyan eyas eydan eyden eyimofe eyk eyla eyleen eylem
eylul eymen eyoab eyoas eyob eyoel eyosias eyram eysan eytan eyub eyup eyuphan eyva eyvin eyvonne eyvor eywa
eyyub eyyup ezan ezana ezechel ezechiel ezekial ezekiel ezel ezell ezequiel ezgi ezinne ezio ezmira ezo ezra
ezrah ezri ezriel ezzedin faatimah faber fabia fabian fabiana fabiane fabianna fabiano fabien fabiene fabienne
fabiha fabijan fabio fabiola fabion fabius fabrice fabricio fabritio fabrizio fabrizzio facundo fadel fadhl
fadi fadia fadil fadila fadima fadime fadumo fadwa fady fae faedra fahad fahd fahed faheem faheemah fahim
fahima fahmida fahri fahriddin fahriye faiga faigy faiha faik faina fairy faisal faith faithe faiyaz faiz
faiza faizah faizan fajar falak falaq falco falicia falina falisha falk falko fallon fallou fallyn falon falyn
falynn fama famara fame famke famous fan fana fanch fanchon fancy fani fanni fannie fanny fanon fanta fantasia
fanuel faolan fara farag farah faraj faraji faraz farbod fardeen fardin fareed fareeda fareedah farell fares
farha farhad farhan farhat farhiya fari faria fariah farian fariba farid farida faridat farin farina faris
farisa fariz fariza farley faro faron farooq farouk farrah farrel farrell farren farris farron farrukh farshad
faruk faruq farwa faryal farzad farzin farzona fate fateh fatema fateme fatemeh faten fathi fathia fathy fatih
fatiha fatim fatima fatimah fatimata fatime fatin fatina fatjon fatlum fatma fatmagul fatmah fatmanur fatmata
fatme fatmeh fatmir fatos fatou fatoumata fatu fatuma fatumata faun fauna faust fausta faustina faustine
faustino fausto faustyna favian favio faviola favor favour fawad fawaz fawn fawzi fay faya fayad fayaz faye
fayetta fayette fayez faylinn faylynn fayola fayrene fayrouz fayrouza faysal fayth faythe fayyad fazal fazli
fe feather febe federica federico fedon fedor fedora fedorovna fedra fee feelia feelina feenja fehime fehmi
fei feivel fela felecia felena feli felia felian felias felica felice felicia felician feliciana feliciano
felicidad felicie felicio felicita felicitas felicite felicity felicja feliks felin felina feline felino
felipa felipe felis felisa felisha felishia felisia felissa felita felix felixa feliz feliza felize felizia
felizitas fella felomina felton female femi femke fendi feng fenia fenisha fenix fenja fenn fenna fenner fenno
fenrir fenris fenton fenya feo feodor feodora ferah feras ferd ferda ferdi ferdinand ferdinando ferdynand
ferenc fergus ferhad ferhan ferhat ferial ferid ferida feride feriha ferit ferman fermin fern fernan fernand
fernanda fernande fernandes fernandez fernando ferne fero ferol ferra ferran ferrari ferrell ferris ferry
ferun feryal festus fethi feven fevzi fey feya feyyaz feyza feyzi feza ffion fia fiadh fiala fiammetta fian
fiana fianna fibi fiby fidaa fidan fidel fidelia fidelio fidelis fidelius fidencio fides fidus fiede fielding
fields fien fiene fiete fietje fifi fiifi fijona fikir fikret fikreta fikri fil fileas filemon fili filia
filian filiberto filicia filimon filina filine filip filipa filipe filipova filipp filippa filippo filippos
filiz fillin fillip filmon filo filomena filou fin fin-luca fina finan finbar finch findus fine fineas finia
finian finis finja finja-sophie finjan finjas finjes finjus finlay finlee finleigh finley finn finn-elias
finn-louis finn-luca finna finnan finneas finnegan finnian finnick finnigan finnik finnja finnjas finnlay
finnley finnya fino finola fintan finus finya fio fiodor fion fiona fiona-sophie fionn fionna fionnuala fiora
fiore fiorella fiorenza fips fira firas firat firdaus firdavs firdaws firdeus firdevs firdous firuze fischer
fisher fisnik fitia fitz fitzgerald fitzroy fitzwilliam fivos fiyinfoluwa fiza fjell fjella fjodor fjolla
fjonn flake flaminia flamur flannery flash flavia flavio flavius fleeta fleming flemming fleta fletcher fleur
fleurie fleury flinn flint flo flocke floid floki flonnie flor flora florance flore florence florencia
florencio florene florens florent florentin florentina florentine florentino florentyna florenz florenzo
flores floretta florette flori floria florian floriana floriane florice florida florie florien florim florin
florina florinda florine florio floris florrie flory flossie flourish floy floyce floyd floyde floye flurin
flurina flyn flynn foday fode fola folarin folasade folashade folke fon fonda fong fonta fontana fontella ford
forest forrest forster fortino fortuna fortunato fortune foster fotima fotini fotios fotis fouad fouzia fox
foxy foy fraidy fran franc franca france francena francene frances francesca francesco franceska franchesca
francheska francia francie francies francina francine francis francisc francisca francisco franciscus
franciska franciszek franciszka franck franco francois francoise francy frane franek franjo frank franka
franki frankie franklin franklyn franko franky frans fransico fransisco frantisek frantz franz franzi
franziska franziskus frauke fraya frazier frea fred freda fredda freddi freddie freddrick freddy frede
frederic frederica frederich frederick fredericka frederico frederieke frederik frederika frederike frederique
fredi fredia fredie fredo fredric fredrica fredrick fredricka fredrik fredy freeda freedom freeman frei freia
freida freija frej freja frejya fremont french frey freya freyda freydis freyja freyr fria frida friderike
frido fridolin fridolina fridtjof fried frieda frieda-marie friede friedel friedemann friedensreich frieder
friedericke friederika friederike friedhelm friedl friedo friedolin friedrich friedrike friis frija friso
frithjof fritjof frits fritz fritze fritzi fritzie fritzy frohmut froilan frona fronia fronie frost frowin
froylan fruma fryda fryderyk fu fuad fuat fujie fulton fulvio fulya fumi fumiko funda funmilayo furaha furat
furkan furman furqan futura fyn fynja fynley fynn fynn-louis fynn-luca fynnegan fynnley fyodor ga gabby gabe
gaberiel gabi gabija gabin gabino gabirel gable gabor gabrail gabrial gabriana gabriel gabriela gabriele
gabriell gabriella gabrielle gabrijel gabrijela gabryel gabryela gabryella gabryelle gaby gad gadiel gae gael
gaelle gaetan gaetana gaetano gage gagik gagiki gaia gaige gail gaila gaile gaines gaith gaither gaius gaja
gal gala galadriel galatea gale galen galena gali galilea galin galina galinov galinova galip galo galvin
galya gamal gamaliel gamel gamze gana ganesh gani ganna gannon gano gao gara garam garbiel garbriel garcia
garda gardenia gardner garen garet gareth garett garey garfield gargi gari garik garin garland garnell garner
garnet garnett garnetta garnette garold garon garren garret garrett garri garrick garrison garron garry garth
garvin garwin gary gaspar gaspard gasper gassan gaston gatha gatlin gauge gaurav gauri gautam gautham gavan
gaven gavi gavin gavino gavriel gavriela gavril gavrilo gavyn gawain gay gaya gayane gaye gayl gayla gaylan
gayland gayle gayleen gaylen gaylene gaylon gaylord gaynell gaynelle gazal gazel gazi gea gean geanna gearld
gearldine geary gebrail gebriel gebril gedeon geena gefen geffen gehard gehrig gela gelena geli gelia gelila
gelsomina gema gemini gemma gen gena genaro genavieve genchova gene genea genell genelle genene general
generosa genesa genesis genessis genetta genette geneva genevia genevie genevieve genevive genia genice genie
genieve genine genise genisis genji genki genna gennady gennaro gennesis gennie gennifer genny geno genora
genova genoveva genowefa gent gentian gentiana gentry geo geoff geoffery geoffrey geoffry geon geordan georg
georgann georganna georganne george georgeann georgeanna georgeanne georgena georgene georges georgetta
georgette georgi georgia georgian georgiana georgiann georgianna georgianne georgie georgiev georgieva
georgievic georgievna georgij georgije georgina georgine georgio georgios georgiy georgy geovani geovanna
geovanni geovanny geovany gerad gerald geraldean geraldene geraldine geraldo geraline geralt geralyn geran
gerard gerardine gerardo gerasimos gerd gerda gerdi gere geremia geremy gereon gerhard gerhardt gerhart geri
gerianne gerilyn gerlinde gerline germain germaine german germana germani germany germar gernot gero geroge
gerold gerome geronimo gerrard gerren gerri gerrick gerrie gerrit gerrod gerry gershon gerson gert gerta
gertha gerti gertie gertraud gertraude gertrud gertrude gertude gervais gery gesa gesica gesine getoar
getsemani gevan gevorg geza ghabriel ghada ghadir ghaith ghaleb ghali ghalia ghanem gharam ghasal ghassan
ghazal ghazi ghazl ghedeon ghena gheorghe ghilas ghina ghislaine ghita ghofran ghulam ghuman gi gia giacinto
giacomo giada giahan gian gian-luca giana giancarlo giancarlos gianella gianfranco giang giani gianina
gianluca gianlucas gianluigi gianmarco gianna gianne gianni giannina giannis giano gianpaolo giavanna giavonna
gibran gibril gibson gida gideon gidget gifford gift gifty gigi gihad gil gila gilana gilbert gilberta
gilberto gilda gildardo giles gilford gili gilian gill gillermo gilles gillian gillie gillis gilly gilman
gilmer gilmore gimena gin gina gina-marie ginamarie ginette ginevra ginger gini ginna ginnie ginny gino gio
gioacchino gioconda gioele gioia gion giona gionna gionni giordana giordano giorgi giorgia giorgina giorgio
giorgios giorgos giosue giovana giovani giovanna giovanni giovannie giovanny giovany giovonni girard giray
girolamo girtha girum gisa gisbert gisel gisela gisele gisell gisella giselle gissel gissele gissell gisselle
gita gitta gittel gitti gitty giulia giulian giuliana giulianna giuliano giulietta giuliette giulina giulio
giulliana giuseppe giuseppina giustina given gizela gizella gizelle gizem gjemajl gjon glade gladis glady
gladyce gladys glafira glauk gleb glee gleen glen glena glenda glendale glendell glendon glendora glenice
glenn glenna glennard glennda glennie glennis glennon glenwood glenys glinda gloria gloriana glorija glory
glover glyn glynda glynis glynn glynnis go godfred godfrey godiva godric godson godstime godswill godwill
godwin gogi gohan gokay gokce gokdeniz gokhan gokmen goktug gokturk goku golan gold golda golde golden goldi
goldia goldie goldy golnar golo gomez gonul gonzalo gonzo goodness goodwin gopal gopi gopika gor goran goranov
gordan gordana gorden gordon gorge gori gorica gorkem gorman gorsch gospel gosta goswin gottfried gottlieb
gottlob gotz goud govinda gozde grabiel graca grace graceann gracee gracelin gracella gracelyn gracelynn
gracen gracey graci gracia gracian graciana graciano gracie graciela graciella gracin gracious gracjan gracy
gracyn graden gradie grady graeme graeson grafton graham grahm graig grainne gram granger granit grant
granville gray grayce graycen grayden graydon graylin grayling graysen grayson grazia graziana graziella
grazyna great greatness grecia green greenlee greer greetje greg gregary gregg greggory gregoire gregor
gregori gregoria gregorie gregorio gregory gresa greta gretchen grete gretel gretha grethe grethel gretje
gretl gretta grettel grey greysen greyson gricelda grier griff griffen griffin griffith grigor grigori
grigorievich grigorij grigorios grigoriy grigory grischa grisel grisela griselda grisha grisham grit grover
gryffin gryphon grzegorz guadalupe guan gudelia gudrun guido guilford guilherme guilia guilian guiliana
guiliano guillaume guillermina guillermo guinevere guiseppe gul gulay gulbahar gulcan gulce gulcin guldane
guled guler gulfem gulfidan gulhan gulian gulistan gulizar gullu gulnaz gulsah gulsen gulseren gulsima gulsu
gulsum gulten guluzar gulzade gumus gunay gunda gundi guner gunes guney gunnar gunner gunter gunther guntram
guray gurbani gurfateh guri gurkan gurkirat gurleen gurneet gurney gurpreet gurshaan gursirat gurtej gurur
gurvir gus guss gussie gust gusta gustaf gustas gustav gustava gustave gustavo gustaw gusti guston guthrie
guven guy guzel gwen gwenda gwendalyn gwendolen gwendolin gwendoline gwendolyn gwendolynn gweneth gwenevere
gwenn gwenyth gwydion gwyn gwyneth gwynn gwynne gyamfi gyan gyasi gyda gypsy gyulshen gyunay gyuner gzim ha
haadi haakon haaniya habib habiba habibah habibe habibi habil hacer haci hadar hadasa hadassa hadassah haddi
haddie haddon haddy hadeel hadel haden hades hadi hadia hadicha hadid hadidja hadie hadija hadil hadis
hadischa hadisha hadiya hadiyah hadja hadlee hadleigh hadley hadlie hadrian hadriel hadrien hady hadya hadyn
hae haedyn hael haeun hafedh hafid hafiz hafiza hafize hafsa hafsah hafza hagan hagar hagen hager hai haidar
haidee haiden haider haidyn haifa haig haik haile hailee haileigh hailey haili hailie haily haim haines
haisley haissam haitham haithem haizel haja hajar hajara hajer haji hajime hajin hajj hajo hajoon hajra hajrah
hajrija hajro hajun hakan hakeem haki hakiem hakim hakima hakon haktan haku hal hala halah halbert haldor hale
halee haleema haleigh halema halen haleth haley hali halia halid halide halie halif halil halilov halim halima
halimah halimat halimatou halime halina halis halise halit hall halla halle hallee hallel halleli halley halli
hallie hally halmi halo halsey halston haluk halvar halvor ham hamad hamada hamadi hamda hamdan hamdi hamdija
hamdin hamdiya hamed hameed hami hamid hamida hamide hamilton hamish hamit hamiyet hamlet hammad hamna hamp
hampton hamsa hamsat hamse hamy hamza hamzah hamze hamzeh han hana hanaa hanaan hanad hanadi hanae hanah
hanako hanami hanan hanane handsome handy haneef haneen haneesh hanefi hanen haney hang hanh hani hania haniel
hanien hanif hanifa hanifah hanife hanifi hanim hanin hanish haniya hanjo hank hanka hanley hanna hanna-marie
hanna-sophie hannah hannah-marie hannah-sophie hannan hanne hanneli hannelore hannes hanni hannia hannibal
hannie hanno hanns hanny hans hans-dieter hans-georg hans-joachim hans-jurgen hansa hansel hansen hansford
hansi hanson hanvika hany hanya hanzade hanzalah hao haochen haoran haoxin happiness happy harald haram harbin
harbor hardee harden hardi hardie hardin harding hardy hareem harel harfateh hargun hari harika harin harini
haris harish harith harl harlan harland harlee harleen harleigh harlem harlen harlene harley harli harlie
harlin harlon harlow harly harlyn harlynn harm harman harmon harmonee harmoni harmonie harmony harnoor haro
harold harolyn haron haroon haroun harpal harper harpreet harrel harrell harri harrie harriet harriett
harriette harris harrison harro harrold harry harsh harshini harsimar hart hartley hartmut hartwell hartwig
haru haruka haruki haruko haruma harun harut haruto harutyun harvard harve harvest harvey harvi harvie harvin
harvir harvy hary hasaan hasan hasanat hasani hasanov hasanova hasari haschem haschim haseeb hasel haset
hashem hashim hashir hasib hasiba hasibe hasim hasima hasin hasina haskel haskell hasmik hasna hasnaa hasnain
hasret hassan hassanatou hassane hassel hassen hassib hassie hasti hastings hatem hatice hatidza hatim hatixhe
hattie hatun hauke haura hauraa hava haval havana havanna haven havi havier havilah havin havva havvanur havyn
hawa hawaa hawal hawi hawin hawk hawkins hawra hawraa hawwa haya hayah hayal hayam hayan hayat hayati hayato
haydar haydee hayden hayder haydin haydn haydon haydyn hayel hayes hayk hayki hayle haylea haylee hayleen
haylei hayleigh haylen hayley hayli haylie haylin hayly haynes hayo hayoon hayrettin hayri hayriye hayrunisa
hayrunnisa hays haytham hayven hayward haywood hayyan hazal hazan hazar haze hazel hazelle hazem hazen haziel
hazim hazir hazle he healani heart heath heather heaven heavenlee heavenly heavenlyjoy heavyn heba hebah heber
hebert hebun hector heda hedaya hedda hede hedi hedieh hediye hedvig hedwig hedy hee heera hei heidar heide
heidemarie heiderose heidi heidrun heidy heike heiko heily hein heiner heino heinrich heinz heisam heith
heitor heja hejan hektor hela helaina helaine helal helana heleen helen helena helene helenna helga helge heli
helia helin helina helio helios helissa hella hellen hellena helli hellin hellmuth helly helma helmar helmer
helmi helmine helmut helmuth helo heloisa heloise helon helvi helyn hema hemani hemen hemi hemma hena hend
henderson hendric hendrick hendrik hendrix hendry hendryk henery heng henja henk henke henley henna henner
hennes hennessy henni hennie henning henno hennry henny henoch henok henos henretta henri henric henrich
henrick henrie henrieke henrietta henriette henrik henrika henrike henrique henrry henry henryk hensel hensley
hera herald heran herb herbert herbie herby hercules herdem herdis heri heribert heriberto herik herlinda
herma herman hermance hermann hermela hermelinda hermes hermia hermina hermine herminia herminio hermione
hermon hermosa hernan hernandez hernando hero herold heron herrmann herry herschel herschell hersh hershal
hershel hershell hershy herta hertha herve hervey herwig hery hesham hessie hester heston hetti hettie hetty
heval hevda hevi hevin hewal hewitt heyab heyam heydi heylie heyward hezekiah hiam hiawatha hiba hibba hicham
hidaya hidayah hideki hideo hidir hiedi hien hiep hieronim hieronymus hieu hifa higinio hikari hikaru hikma
hikmet hila hilah hilal hilaria hilarie hilario hilarion hilary hilbert hilda hilde hildegard hildegarde hildi
hildred hildreth hildur hilja hill hilla hillard hillary hille hillel hillery hilliard hilma hilman hilmar
hilmi hilo hilton hima himani hina hinami hinano hinata hind hinda hindy hinnerk hinrich hinton hipolito hira
hira-nur hirad hiram hiranur hiren hiro hiroaki hiroki hiroko hiromi hiroshi hiroto hirva hischam hisham
hiskia hisman hiten hitomi hiva hivda hiwa hiwot hiya hiyab hiyam hizir hjalmar hjordis hjort hla ho hoa hoai
hoang hobart hobbes hobert hoda hodan hogan hoke hoku holden holdyn holger holland holle hollee holley holli
hollie hollis holly hollyann hollyn holm holmes holt holton holy homar homer homero honesti honesty honey hong
hongyi hongyu honoka honor honora honore honoria honorine hooman hoor hoorain hoover hope hopeton hopi hopkins
hopper horace horacio horatio horst hortencia hortense hortensia horton horus hosam hosanna hosea hosie hosna
hossain hossam hossein hotte houda houria houssein houston hovannes hovhannes howard howeida howell howie hoy
hoyle hoyt hozan hridhaan hripsime hristina hristo hristov hristova hu huan huang hubbard hubert huberta
hubertine hubertus hubeyb huck hud huda hudeyfa hudson hudsyn hue huey hugh hughes hughie hugo hugues huguette
hui hulda huldah hulon hulya huma humaira humam humasah humayra humberto humeyra humphrey humza huner hung
hunor hunter huntley huong hurain hurbert hurley hurrem hurshel husam husayn husein huseyin huseyn husna
husnain husnu huso hussain hussam hussan hussayn hussein hussen hussien hussin huston huu huxley huy huyen
huynh huzaifa huzaifah huzayfa huzeyfe huzur hy hyab hyacinth hyazinth hyder hyla hyman hypatia hyrum hyun
hyusein hyuseinov hyuseinova ia iaan iacob iacov iago iain iam ian iana ianis ianna iannis iantha ianto iara
iasmina iason iasonas iba ibaad ibad iban iben ibis ibish ibn ibon ibragimovic ibraheem ibrahem ibrahim
ibrahima ibrahimov ibriyam ibryam ibryamova ibtihaj ibtihal ibtisam ibtissam ibuki ibukun ibukunoluwa ica
icarus ichigo ichika ichiro icie iclal icy ida ida-marie idabelle idah idaira idalia idalis idaly idamae idan
idania idara idas idaya idel idell idella idelle iden idhant idia idiatou idil idina idir ido idris idrisovic
idriss idrissa idriz idun iduna iean ieasha ieisha ien ieremia iesha ieshia ife ifeanyi ifeanyichukwu
ifechukwu ifedayo ifenna ifeoluwa ifeoma iffet ifra ifunanya iga iggy ignac ignacia ignacio ignacy ignat
ignatia ignatius ignatov ignatz ignaz ignazio igor igorevic igorevna igorovic ihab ihlas ihorivna ihorovic
ihsaan ihsan iisa ijaz ijeoma ijon ika ikaia ikaika ikal ikarus ike ikea ikechi ikechukwu ikenna iker ikesha
ikhlaas ikhlas ikponmwosa ikra ikram ikranur iktan ila ilaf ilah ilai ilaina ilaj ilan ilana ilanah ilani
ilara ilari ilaria ilario ilarion ilay ilaya ilayah ilayda ilayla ilda ildiko ilea ileah ilean ileana ileen
ilef ilektra ilena ilene ilenia iley ileya ileyn ileyna ilham ilhan ilhana ilia ilian iliana ilianna iliano
ilias ilie ilien iliev ilieva ilija ilijah ilijana ilijas ilima ilin ilina ilinca ilinichna ilinka ilios ilir
ilirian ilirida iliya iliyah iliyan iliyana iliyanov iliyanova iliyas ilja iljana iljas ilka ilkan ilkay
ilkcan ilke ilker ilkim ilknur ilko ilkov ilkova illa illari illia illiana illias illijah illivna illona illya
illyana ilma ilmari ilo ilon ilona ilonka ilori ilsa ilse ilva ilvi ilvie ilvy ilwad ily ilya ilyan ilyana
ilyas ilyasin ilyass ilyaz ilyes ilyne ilyssa ima imaan imad imagene imam iman imana imane imani imanol
imanuel imany imar imara imari imaya imea imelda imen imena imi imir imke imma immanuel immo imo imogen
imogene imraan imran imre imri imron imtiaz ina inaam inaara inaaya inacio inaki inan inanc inanna inara inari
inas inass inaya inayah inayat inci inda indhira india indiana indie indigo indira indra indy indya ineke
inell ines inesa inessa ineta inez ineza infant infinity inga inge ingeborg ingeburg ingelore ingemar inger
ingmar ingo ingolf ingram ingrid ingrida ingvar inia inigo inika inioluwa inis iniya inka inna innis innocent
ino inola insa insaf inshirah insirah inti intisar io ioan ioana ioane ioann ioanna ioannis iola iolanda
iolani iole ion iona ionas ionatan ione ionel ionela ionut iori iosif iosiv iosua ipek iphigenie ipsa iqbal
iqra ira iraa iraida irais iraj iram iran irasema irby ire ireen ireland irelia irelyn irelynn irem iremide
iren irena irene ireneo ireneusz ireoluwa iretomiwa irfan irha iria iriana iridian irie irin irina irine irini
iris irisa irish irit irl irlanda irma irmak irmchen irmela irmgard irmi irmin irmina iro iroh iroha iron irsa
irshad irtaza iru irven irvin irvine irving irwin iryna isa isaac isaack isaah isaak isaam isabeau isabel
isabela isabeli isabelita isabell isabella isabelle isac isacc isadora isadore isael isagani isah isahia isai
isaia isaiah isaias isaih isaiha isais isajah isak isalie isam isamar isamu isan isander isao isar isatou
isatu isaura isay isaya isayah ise isela iselin isha ishaal ishaan ishaani ishaanvi ishaaq ishak isham ishan
ishani ishanvi ishaq ishay ishika ishir ishita ishmael ishrat ishwaq isi isiah isidor isidora isidore isidoro
isidra isidro isioma isis iska iskandar iskander iskender iskra isla islam islamovic islamovna islay isley
islim ismaeel ismael ismaela ismahan ismail ismaila ismailova ismar ismene ismet isobel isobell isobelle
isoken isolde isom isra israa israel israelle israfil israt isreal isrrael issa issabella issac issah issam
issay issei issey issiah issraa istvan isyss ita itai italia italo italy itamar itay itha ithan itohan itsuki
itza itzae itzayana itzel itzhak itzia itziar iulia iulian iuna iustin iva ivaan ivah ivailo ivalo ivan ivana
ivane ivania ivanivna ivanka ivankova ivanna ivano ivanov ivanova ivanovic ivanovna ivar ivars ivaylo ivaylov
ivaylova ive iveel ivelin ivelina ivelinov ivelinova ivelisse ivell iven iver iverson ivery ives iveth ivett
ivetta ivette ivey ivi ivia ivica ivie ivin ivo ivon ivona ivonne ivor ivory ivova ivri ivy iwa iwan iwen
iwinosa iwona ixchel iya iyaan iyad iyali iyan iyana iyanah iyanna iyanu iyanuoluwa iyari iyas iyed iyinoluwa
iyla iyobosa iyonna iyuna iza izaac izaak izaan izabel izabela izabele izabell izabella izabelle izac izadora
izaiah izak izamar izan izara izaya izayah izel izell izem izet izetta izhaan iziah izik izna izobel izola
izora izra izrael izumi izyan izza izzabella izzah izzet izzi izzy jaad jaafar jaaliyah jaan jaana jaane
jaanvi jaaron jabal jabali jabari jabbar jaber jabez jabier jabin jabir jabo jabob jabrail jabria jabriel
jabril jac jacalyn jacari jaccob jace jacee jacek jacelyn jacelynn jacen jaceon jacey jachin jaci jacie jaciel
jacinda jacinta jacinto jack jackalyn jackelin jackeline jackelyn jackey jacki jackie jacklin jacklyn jacklynn
jackob jackqueline jackquline jacksen jackson jacky jaclyn jaclynn jaco jacob jacoba jacobe jacobi jacobie
jacobo jacobus jacoby jacolby jacopo jacorey jacori jacory jacoub jacov jacqlyn jacqualine jacqualyn jacque
jacquees jacquel jacquelene jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacquelynne jacques jacquetta
jacquez jacqui jacquie jacquiline jacqulin jacquline jacqulyn jacub jacy jad jada jadah jadalyn jadalynn jadan
jadarian jadarius jadd jade jadea jaded jadeen jadelyn jadelynn jaden jadesola jadeyn jadie jadiel jadin jadon
jador jadore jadranka jadrian jadwiga jady jadyn jadynn jadzia jae jaeda jaedan jaeden jaedin jaedon jaedyn
jaeger jael jaela jaelah jaelen jaelin jaelle jaelon jaelyn jaelynn jaemin jaeson jafar jafari jafer jafet
jaffar jagar jager jagger jago jagoda jagraj jaguar jah jahad jahaira jahan jahari jahaziel jaheem jaheim
jahel jahi jahida jahiem jahir jahkira jahlani jahleel jahlil jahmal jahmar jahmari jahmel jahmere jahmil
jahmila jahmir jahmira jahn jahnavi jahniya jahongir jahrel jahseh jahsiah jahsir jahson jahvon jahya jahzara
jai jaia jaiah jaice jaicee jaida jaidah jaidan jaide jaiden jaidev jaidon jaidyn jaila jailah jailee jaileen
jailen jailene jailin jailyn jailynn jaime jaimee jaimi jaimie jaimy jaina jainaba jaini jair jairo jairus
jaison jaivon jaivyn jaiya jajuan jak jakai jakar jakari jakaria jakayla jake jakeb jakeem jakelin jakeline
jakeria jakey jakhari jakhi jaki jakia jakie jakim jakira jakiya jakiyah jakob jakoba jakobe jakobi jakobus
jakoby jakoub jakov jakow jakson jakub jakup jakyla jakyra jala jalah jalal jalan jalana jalani jalaya jalayah
jale jalea jaleah jaleel jaleen jaleesa jaleh jaleigh jalen jalena jalene jalesa jalessa jali jalia jaliah
jalicia jaliel jalik jalil jalila jalilah jalin jalina jaline jalisa jalisha jalissa jalita jaliya jaliyah
jalo jalon jalte jalyn jalynn jalyssa jam jama jamaal jamaar jamahl jamai jamaica jamain jamaine jamal jamall
jaman jamane jamani jamar jamara jamarcus jamaree jamari jamaria jamarian jamarie jamario jamarion jamarious
jamarius jamarkus jamaro jamarr jamarri jamaul jamauri jamaya jamayne jame jamecia jamee jameel jameela
jameelah jameer jameka jamel jamela jamelia jamell jamelle jamen jamere jameria jamerson james jamese
jamesetta jamesha jameshia jamesia jameson jamey jamez jami jamia jamiah jamian jamica jamichael jamie
jamie-dean jamie-joel jamie-lee jamie-lynn jamiel jamielynn jamien jamier jamieson jamika jamil jamila jamilah
jamile jamilet jamileth jamilia jamilian jamill jamilla jamillah jamille jamilo jamilya jamilyn jamin jamina
jamir jamira jamirah jamiro jamisen jamisha jamison jamiya jamiyah jammie jamo jamon jamond jamonte jamy jamya
jamyah jamye jamyia jamyla jamyra jan jan-erik jan-luca jan-ole jan-philipp jana janaa janae janah janai
janaina janaiya janal janalee janalyn janan janasia janat janay janaya janayah janaye jancarlo jancarlos jancy
jandel jandra jandre jane janea janean janece janee janeen janeesa janeice janek janel janell janella janelle
janelly janely janene janes janese janesha janessa janet janete janeth janett janetta janette janey jani jania
janiah janic janica janice janick janie janiece janiel janielle janik janika janiko janin janina janine
janique janira janis janise janisha janita janith janiya janiyah janja janka janki janko jann janna jannah
jannat jannatul jannay janne jannek jannel jannell jannelle jannes jannet jannett jannette janney janni
jannice jannick jannie jannifer jannik jannika jannine jannis janno janny jano janoah janos janosch janosh
janot janou jansel jansen janson jante jantje janto jantzen janu january janus janusch janusz jany janya
janyah janyce janyia janyla janylah janys japhet japheth japji japleen japneet jaquan jaquarius jaquavious
jaquay jaquel jaquelin jaqueline jaquelyn jaques jaquetta jaquez jaquita jaquon jara jarad jarai jared jarek
jarel jarell jarely jaremy jaren jaret jareth jarett jaretzy jari jariah jarick jarid jariel jarik jarin
jarina jaris jaritza jarius jariya jariyah jarl jarla jarle jarmain jarmila jarmo jarne jarno jaro jarod
jarold jarom jarome jaromir jaron jaroslav jaroslaw jarrad jarrah jarred jarrel jarrell jarren jarret jarrett
jarrid jarrod jarron jarryd jarvin jarvis jaryd jaryn jasa jasan jascha jaschar jase jasean jasen jaser jasey
jash jasha jashaun jashawn jashon jashua jasia jasiah jasiel jasim jasin jasir jasira jasiri jasiyah jaskaran
jasleen jaslene jaslin jaslyn jaslynn jasmaine jasmeen jasmeet jasmen jasmijn jasmin jasmina jasmine jasminka
jasmyn jasmyne jasna jasnoor jason jaspal jaspar jasper jaspreet jasreet jassar jassem jasser jassim jassin
jassir jassmin jasson jastin jasur jaswinder jatavious jathan jathaniel jatin jatinder jatziri jaun jaunita
java javad javan javante javar javari javaris javarius javas javaughn javed javen javeon javeria javi javian
javid javien javier javiera javin javion javis javon javonna javonne javonta javontae javonte jawaad jawad
jawaher jawan jawana jawaun jawdat jawid jawon jawuan jax jaxen jaxin jaxon jaxsen jaxson jaxston jaxsyn
jaxton jaxtyn jaxx jaxxon jaxyn jay jay-dean jaya jayah jayakodiy jayan jayana jayanna jayce jaycee jaycen
jayceon jayci jaycie jaycion jaycob jayda jaydah jaydan jayde jaydean jaydee jaydeen jayden jaydin jaydn
jaydon jaydyn jaye jayke jaykob jayla jaylah jaylan jaylani jaylee jayleen jayleigh jaylen jaylene jayli
jaylie jaylin jaylina jayline jaylinn jayln jaylon jaylyn jaylynn jayme jaymee jaymes jaymeson jaymi jaymian
jaymie jaymin jayna jayne jaynee jaynie jayon jayonna jayquan jayro jayron jaysan jayse jaysean jaysen
jayshaun jayshawn jayson jaythan jayton jayven jayveon jayvian jayvien jayvin jayvion jayvon jayvyn jazan
jazel jazelle jaziah jaziel jaziyah jazleen jazlene jazlin jazlyn jazlynn jazmen jazmin jazmine jazmyn jazmyne
jazmynn jazz jazzabelle jazzlyn jazzlynn jazzmin jazzmine jazzmyn jazzmyne jazzy jb jc jd jea jeamy jean
jean-luc jean-luca jean-paul jean-pierre jeana jeanann jeancarlo jeancarlos jeane jeaneen jeanell jeanelle
jeanene jeanett jeanetta jeanette jeanice jeanie jeanina jeanine jeanluc jeanmarie jeanna jeanne jeannelle
jeannene jeannett jeannetta jeannette jeannice jeannie jeannine jeanny jeanpaul jeanpierre jearl jearld jeason
jeb jebediah jebriel jebril jed jedadiah jedd jedediah jedi jediah jedidah jedidiah jedrick jeevan jeff
jefferey jefferson jeffery jeffie jeffory jeffray jeffrey jeffrie jeffry jefrey jegor jehad jehan jehiel
jehoshua jehu jeimy jekaterina jela jelani jelen jelena jelia jelica jelina jelisa jelissa jelka jella jelle
jelte jelysa jemal jemel jemely jemil jemila jemima jemimah jemina jemir jemma jemmy jen jena jenae jenai
jenan jenaro jenavieve jenay jenaya jencarlos jendrik jene jenea jenean jeneane jeneba jenee jeneen jenefer
jenel jenell jenelle jenene jenesis jenessa jenetta jenette jeneva jenevieve jeneya jeni jenibelle jenica
jenice jeniece jenifer jeniffer jenika jenilee jenin jenine jenipher jenise jenke jenkins jenna jennafer
jennah jennalee jenne jennefer jennell jennelle jenner jennessa jennet jennett jennetta jennette jenney jenni
jennica jennie jennifer jenniffer jennifier jennine jenning jennings jennipher jenny jennyfer jeno jenrik jens
jensen jenson jensyn jentry jeny jeong jephthah jeppe jera jerad jerald jeraldin jeraldine jeralyn jerame
jeramey jeramiah jeramie jeramy jerard jerardo jere jered jerel jerell jerelyn jereme jeremey jeremi jeremia
jeremiah jeremias jeremie jeremih jeremy jeremyah jerene jeri jeriah jeric jerica jericho jerick jerico jerid
jeriel jerik jerika jerilyn jerilynn jerimah jerimiah jerimy jerin jerina jerlean jerlene jerlin jerline
jermain jermaine jermal jerman jermane jermani jermar jermel jermell jermey jermiah jermon jermy jero jerod
jeroen jerold jerolyn jerom jerome jeromie jeromy jeron jerone jeronimo jerra jerrad jerrald jerre jerred
jerrel jerrell jerremy jerren jerrett jerri jerrica jerrick jerrid jerrie jerrik jerrika jerrilyn jerrin jerro
jerrod jerrold jerron jerry jerryl jersey jerson jerusalem jerusha jeryl jerzie jerzy jes jesaiah jesaja jesco
jesenia jeshua jeshurun jesi jesiah jesica jesika jesko jeslyn jesmin jesper jess jessa jessalyn jessalynn
jessamine jessamyn jesse jesseca jessee jesselyn jesselynn jessenia jessey jessi jessiah jessica jessicca
jessicka jessie jessika jessilyn jessina jesslyn jesslynn jessy jessyca jestin jestine jesus jesusa jesusita
jet jeta jeter jethro jetmir jeton jetson jett jetta jette jettie jetty jevin jevon jevyn jewa jewel jewell
jewels jey jeycob jeyda jeyden jeyla jeylin jeyson jezabel jezebel jezreel jhana jhett jhoan jhoana jhon
jhonatan jhonathan jhonny jhoselyn ji jia jiah jialin jian jiana jianna jiannah jiaqi jiarui jiawei jiaxin
jiayi jiaying jiayue jibrael jibrail jibran jibreel jibriel jibril jidenna jie jieun jigme jihad jihan jiho
jil jilda jiles jilian jill jillene jillia jillian jilliana jilliane jillien jillienne jim jimena jimenez jimi
jimin jimmey jimmi jimmie jimmy jimmye jin jina jinan jinda jinelle jing jingxuan jingyi jini jinin jinju
jinni jinnie jinny jino jinora jinu jinx jinyu jionni jiovani jiovanni jir jira jiraiya jireh jiri jirka jiro
jiselle jishnu jivan jiya jiyah jiyan jiyana jiyu jiyul jizelle jj jlynn jo joa joab joachim joah joahnna
joakim joakin joan joana joane joangel joani joanie joann joanna joanne joannie joanthan joany joao joaquim
joaquin joaquina joas job jobe jobin jobst joby joceleen jocelin joceline jocely jocelyn jocelyne jocelynn
jocelynne jochen jocie jock joclyn joda jodeci jodee jodell jodelle jodene jodi jodie jodine jodokus jody joe
joeann joeanna joeanne joel joela joele joeleen joelene joelina joeline joell joella joelle joellen joellyn
joely joelyn joen joena joeseph joesph joesphine joetta joette joey joffre johan johana johann johanna
johanna-sophie johannah johanne johannes johannis johar johara johari johathan john john-luca johna johnae
johnanthony johnas johnatan johnathan johnathen johnathon johndavid johnell johnetta johnette johney johnhenry
johni johnie johnita johnmark johnmichael johnna johnney johnnie johnny johnnye johnpaul johnsie johnson
johnthan johny joi joia joice joie jojo joka joke joko joksan jola jolaine jolan jolana jolanda jolanta
jolanthe jolaoluwa jole jolee joleen joleena joleene joleigh jolena jolene jolette joley joli jolia jolian
jolie jolie-marie jolien joliene jolin jolina jolina-sophie jolinda joline jolisa joliyah jolleen joly jolyn
jolyne jolynn jolyon jomana jomar jomel jon jona jonae jonael jonah jonam jonan jonas jonasz jonatan jonathan
jonathen jonathon jonay jonda jone jonel jonell jonelle jones jonethen jonetta jonette joni jonica jonie
jonika jonina jonique jonis jonita jonjo jonmichael jonn jonna jonnah jonnathan jonne jonnelle jonni jonnie
jonno jonny jonothan jonpaul jontae jonte jonthan jony jood joon joona joori joory joos joost jora jorah joram
joran jorawar jordan jordan-joel jordana jordann jordanna jordanne jorde jorden jordi jordin jordis jordon
jordy jordyn jordynn jore joreen jorek jorel joren jorene joretta jorg jorga jorge jorgen jorgina jori jorid
jorie jorien jorik jorim jorin jorina jorinde joris jorita jorja jorje jorma jorn jorne jorrell jorrit jorun
jory jos josa josalyn josalynn josaphat joscelin joscelyn joscha joschi joschka joschua jose joseangel
joseantonio josedejesus josee josef josefa josefien josefin josefina josefine joselin joselina joseline
joselito joseluis joselyn joselyne joselynn josemanuel josemaria josep joseph josepha josephe josephene
josephie josephin josephina josephine josephus josephyne joses josetta josette josey josh josha joshawa joshi
joshlyn joshlynn joshu joshua joshuah joshuar joshue josi josia josiah josiane josias josie josiephine josif
josilyn josina josip josipa joslin josline joslyn joslynn josmar jospeh joss josse jossef josselin josseline
josselyn jossi jossie josslyn jossue jost jostin josu josua josuah josue josuel josy jot jotaro jotham jouan
jouanna joud joudi joudy joule jouleen joules jouli joulie joulin joulina jouline jouly joumana jouna jounes
jourdan jourdyn jouri journee journei journey journi journie joury jousef joussef jovahn jovan jovana jovani
jovanka jovanna jovanni jovanny jovany jove jovel joven jovi jovica jovie jovin jovis jovita jovon jowana
jowel jowell joy joya joyana joyann joyanna joyce joycelin joyceline joycelyn joycelynn joye joylynn jozef
jozefina joziah jozie jozlyn jozlynn jozsef jquan jr jrue jt ju jua juan juana juancarlos juandiego juanetta
juanita juanito juanjose juanmanuel juanna juanpablo juaquin juba jubal jubilee jubin jubran jubril jud juda
judah judd jude judee judge judi judie judit judith juditha judson judy judyann judyth juel juell juelz
juergen jugraj juha juhan juhani juho jujhar juka jukka jul jula julaine julayne jule julea julee juleen
julein julen julena julene julep jules juley julez juli julia julian juliana juliane juliann julianna julianne
julianno juliano julias julica julide julie julieann julieanna julieanne julien juliena julienne julies juliet
julieta julieth juliett julietta juliette julija julijan julijana julijano julika julin julina juline julio
julious julisa julissa julita julitta julius juliusz juliya juliyah juliyana juliza jullian julliet jully juls
juluis july julya julyana julyn julyssa juma jumah juman jumana jumanah jumar jumi jun juna junah junaid
junalie junayd june junea juneau junes junette jung junhao junho juni junia junice junie junior junious
juniper junis junita junius juno junpei junus junxi juny junya junyi junyu jupiter jupp jura juraj jurate jure
jurek jurgen juri jurian jurie jurij juris jurnee juro jurrien jury jusef jusif jusra jussef jussi justan
justas justen justi justice justin justina justine justinian justino justis justo juston justus justyce justyn
justyna justyne jusuf jutta juul juval juvenal juventino juwan juwel juwon jwan jyoti ka kaami kaan kaara
kaare kaaren kaarlo kaaya kaba kabela kabir kace kacee kacen kacey kache kaci kacie kacper kacy kada kadance
kadar kadarius kaddy kade kadee kadeem kadeja kaden kadence kader kaderev kadesh kadi kadia kadiatou kadidia
kadidja kadie kadija kadijah kadijatou kadijatu kadijha kadin kadir kadira kadirhan kadisha kadlin kadmiel
kado kadon kadri kadria kadrie kadriye kady kadyn kadynce kae kaede kaeden kaedence kaedon kaedyn kaegan kael
kaela kaelah kaelan kaelani kaeleb kaelee kaeleigh kaelen kaeley kaeli kaelie kaelin kaely kaelyn kaelynn
kaena kaeson kaethe kaetlyn kaeto kagan kage kagen kahan kahani kahl kahla kahlan kahleo kahlia kahlid kahlil
kahlina kahliya kahlo kahraman kahri kai kaia kaiah kaian kaid kaida kaidan kaiden kaidence kaidon kaidyn
kaihan kaija kail kaila kailah kailan kailani kailas kailash kaile kailea kaileb kailee kaileen kailei
kaileigh kailen kailer kailey kaili kailie kailin kailly kailo kaily kailyn kailynn kaimana kain kainaat
kainalu kainan kainat kaine kainen kainoa kaio kaipo kaira kairaba kairaluchukwu kairi kairo kairon kairos
kais kaisa kaisen kaiser kaisha kaisley kaison kait kaitlan kaitlen kaitlin kaitlyn kaitlynn kaitlynne kaito
kaity kaiulani kaius kaiya kaiyah kaiyu kaizen kaj kaja kaje kajetan kajo kajsa kajuan kajus kal kala kalab
kalah kalan kalandra kalani kalaya kalayah kalden kale kalea kaleah kaleb kaled kalee kaleen kaleena kaleesi
kaleeya kalei kaleia kaleigh kaleigha kalel kalem kalen kalena kalene kaleo kalevi kaley kali kalia kaliah
kaliana kalib kalid kalie kaliha kalil kalila kalim kalin kalina kalinda kaline kalinka kalino kalinova kalisa
kalise kalisha kalisi kalisia kalissa kalista kaliya kaliyah kalki kalla kallan kalle kallee kalleigh kallen
kalley kalli kallie kalliope kalliopi kallista kalliyan kally kalman kalo kalob kaloko kalon kalonji kalotta
kaloyan kaltrina kalu kalub kalunga kalvin kaly kalyan kalyani kalyn kalynn kalypso kalyssa kalysta kam kama
kamal kamala kamani kamar kamara kamari kamaria kamarie kamarion kamau kamauri kamaya kamber kambree kambri
kambria kambrie kamden kamdyn kamea kamel kamela kamelia kamelya kamen kamenka kamenov kameo kamer kameran
kameren kamerin kameron kameryn kamesha kamey kami kamia kamiah kamie kamil kamila kamilah kamile kamilia
kamill kamilla kamille kamillia kamin kamina kamira kamisha kamiya kamiyah kamla kammi kammie kammy kamon
kamora kamran kamren kamri kamrie kamrin kamron kamry kamryn kamrynn kamsi kamsiyochukwu kamy kamya kamyah
kamyar kamyla kamyra kan kana kanaan kaname kanan kanani kanchan kandace kande kandee kandi kandice kandie
kandis kandra kandy kandyce kane kaneisha kanesha kang kani kania kanika kanisha kanishk kanishka kanita
kaniya kaniyah kanna kannan kannon kano kanoa kanon kansas kanta kany kanya kanye kanyon kao kaon kaori kaos
kaplan kapri kar kara karaca karah karalee karaline karalyn karalynn karam karamo karan karani karar karas
kardelen kardi kardin kare karee kareem kareema kareen kareena karel kareli karely karem karen karena karene
karey kari kariana kariann karianne karicia karie kariem karik karilyn karim karima karimah karime karin
karina karine karinna karis karisa karishma karisma kariss karissa karizma karl karl-friedrich karl-heinz
karla karlee karleen karleigh karlena karlene karley karlheinz karli karlie karlin karlina karline karlis
karlmann karlo karlos karlotta karlson karlsson karlton karly karlyn karma karman karmel karmelo karmen karmin
karmyn karna karo karol karola karole karolin karolina karoline karoly karolyn karon karra karrah karrar
karren karri karrie karriem karrington karron karry karsen karson karsten karston karsyn kartal karter karthik
karthikeya kartik kartika kartikeya karun karuna karwan kary karya karyl karyme karyn karyna karyssa kasandra
kase kaseem kasem kasen kasey kash kasha kashawn kashia kashif kashira kashmere kashmir kashton kasi kasia
kasidy kasie kasim kasima kasimir kasiya kason kasondra kaspar kasper kaspian kasra kassandra kassem kassey
kassi kassia kassian kassidee kassidi kassidy kassie kassim kassondra kassy kastiel kastriot kasumi kasyn kata
katalea kataleia katalena kataleya katalin katalina katalya katalyna katana katara katarina katarzyna kate
katee kateland katelin katelyn katelyne katelynn katelynne kater katera kateri katerin katerina katerine
kateryna katev katey kath kathalea kathaleen kathalia kathalina kathan katharin katharina katharine katharyn
kathe katheleen kathelyn katherin katherina katherine kathern katheryn katheryne kathey kathi kathia kathie
kathinka kathleen kathleene kathlene kathlyn kathlynn kathren kathrin kathrina kathrine kathryn kathryne kathy
kathya kathyleen kathyrn kati katia katiana katica katie katilyn katina katinka katira katiria katisha katja
katlin katline katlyn katlynn katniss kato katreen katrena katrice katriel katrin katrina katrine katrinka
katryn katryna kattaleya kattie katty katy katya kauan kaukab kaur kauri kausar kaussar kauthar kavan kaveh
kaven kavi kavik kavin kavion kavish kavita kavon kavya kawa kawan kawana kawanna kawhi kawika kawin kawsar
kawtar kawthar kay kaya kayah kayan kayana kayanna kayce kaycee kaycen kayci kaycie kayda kaydan kaydance
kayde kaydee kayden kaydence kaydin kaydon kaye kayenne kayhan kayin kayla kaylab kaylah kaylan kaylana
kaylani kayle kaylea kayleah kayleb kaylee kayleen kaylei kayleigh kaylem kaylen kaylena kaylene kayley kayli
kaylia kayliana kaylie kaylin kaylina kaylinn kayln kaylon kaylor kaylyn kaylynn kaylynne kaymetev kayn kayne
kayo kayode kayra kayron kays kaysa kayse kaysen kaysha kaysi kaysie kayson kayte kaytie kaytlin kaytlyn
kaytlynn kayvon kazi kazim kazimiera kazimierz kazimir kazmer kazu kazue kazuki kazuko kazumi kazuo kc ke kea
keagan keagen keaira keala kealan keali kean keana keanan keandra keandre keane keani keanna keano keanu keara
kearra kearsten kearstin keary keasha keasia keaton kebba kebron kecia kedra kedric kedrick kedus kee keefe
keegan keela keelan keeley keeli keelie keelin keely keelyn keen keena keenan keenen keenon keera keesha
keeton keevin kegan kehinde kehlani kei keia keiana keianna keiara keifer keigan keiji keiko keila keilah
keilan keilani keilly keily keilyn keion keiona keionna keir keira keiran keirra keirsten keirstin keiry
keisha keishawn keishi keisi keita keith keitha keithan keithen keitlyn keito kejuan keke kekeli kekoa kela
kelan kelani kelby kelcee kelcey kelci kelcie kelcy keldan keldon keldrick kelechi kelechukwu keleigh keli
kelia kelian kelie kelii kelin kelis kelise kellan kelle kellee kelleen kellen keller kelley kelli kelliann
kellianne kellie kellin kellsie kelly kellyann kellyanne kellye kellyn kelsea kelsee kelsey kelsi kelsie kelso
kelson kelsy kelton kelvin kelwin kelyn kem kema kemal kemani kemar kemari kemarion kemberly kemi kemo kemoni
kemora kemp kemper kemran kemya ken kena kenaan kenadee kenadi kenadie kenady kenah kenai kenan kenard kenay
kenaya kenda kendahl kendal kendale kendall kendalyn kendarius kendel kendell kenderick kendi kendle kendon
kendra kendrea kendrell kendria kendric kendrick kendrix kendy kendyl kendyll kenechi kenechukwu kenedi kenedy
keneisha kenesha keneth kenfack keng kengo kenia kenisha kenith keniya keniyah kenji kenjiro kenlee kenleigh
kenley kenli kenlie kenly kenn kenna kennadi kennadie kennady kennah kennan kennard kenndra kenndy kennedi
kennedie kennedy kennet kenneth kennetha kenney kennia kennie kennis kennisha kennith kennon kennth kenny
kennya keno kenric kenrick kenry kensey kenshin kensi kensie kensington kenslee kensleigh kensley kenson kent
kenta kentaro kentavious kento kenton kentrell kenya kenyada kenyan kenyata kenyatta kenyetta kenyon kenz
kenza kenzi kenzie kenzington kenzlee kenzleigh kenzley kenzo kenzy keo keoki keola keomi keon keona keondra
keondre keone keoni keonie keonna keontae keonte keosha kepa kera kerby kerem keremcan keren keri kerian
keriann kerianne kerim kerin kerina kermit kern keron kerra kerri kerriann kerrianne kerrick kerrie kerrigan
kerrin kerrington kerry kerstan kersten kersti kerstin kervin kerwin kesean kesha keshara keshaun keshav
keshava keshawn keshi keshia keshon keshun kesia kesiah kesley kester keston kestra kestutis ketan kethan keti
ketura keturah keva kevan keven kevi kevin kevine kevion kevon kevonte kevser kevyn kewin kexin keya keyaan
keyaira keyan keyana keyanna keyara keyden keyera keyhan keyla keylan keylani keylee keylen keyli keylin keyo
keyon keyona keyonna keyonte keyra keysan keysha keyshaun keyshawn keysi keysia keyton keyvan keyvon keywan
kezban kezia keziah keziban kha khaalid khabib khac khadeejah khadeja khader khadi khadicha khadidiatou
khadidja khadija khadijah khadijat khadijatou khadije khadijeh khadim khadir khadisha khadra khady khai khaila
khair khaira khairi khairo khalani khaldoun khalea khaleb khaled khaleel khaleesi khali khalia khaliah khalid
khalida khalie khalif khalifa khalil khalila khalilah khaliq khalisah khalisi khaliyah kham khamani khamari
khamil khamis khamzatovic khan khang khanh khani khanifa khansa khanya khara khari kharis khary khattab khaula
khawaja khawla khawlah khaya khayla kheira khia khiara khiem khira khiry khisha khizar khloe khloee khloey
khloie khoa khoder khodor khodr khoi khole khori khristian khristina khristine khristopher khue khuong khushi
khyan khyla khylee khylie khyree ki kia kiaan kiah kiaira kiam kian kiana kiandra kianga kiani kianna kiano
kianoush kiante kianu kianush kiara kiarah kiarra kiasha kiaya kiba kibar kibibi kidane kidd kidilua kidron
kidus kieara kiefer kiel kiely kien kiera kieran kieren kiernan kieron kierra kiersten kierstin kierston
kierstyn kiesha kiesse kiet kieth kieu kihara kiira kijan kijani kijara kika kiki kiko kila kilani kile kilee
kileigh kiley kilian killari killian killien kilyan kim kima kimani kimara kimari kimathi kimaya kimball
kimber kimberely kimberle kimberlea kimberlee kimberleigh kimberley kimberli kimberlie kimberlin kimberly
kimberlyn kimberlynn kimbery kimble kimbley kimbra kimerly kimi kimia kimiko kimiya kimm kimmie kimmy kimo
kimon kimora kimya kimyah kin kina kinan kinara kinaya kinda kindall kindle kindra king kinga kingsley kingsly
kingston kinlee kinleigh kinley kinneret kinsey kinslee kinsleigh kinsley kinza kinzi kinzie kinzlee kinzley
kinzy kio kion kiona kionna kiowa kip kipp kipton kiptyn kira kirabo kirah kiran kirana kirandeep kiranjot
kirat kiraz kirby kiri kiria kiriaki kiriakos kirian kiriana kiril kirill kirillovic kirillovna kirilov
kirilova kirin kirk kirkland kiro kirollos kiron kirra kirsi kirsten kirsti kirstie kirstin kirsty kirstyn
kirt kirtan kisa kisha kishan kishia kismet kit kitai kitana kito kitt kitti kittie kitty kiva kivanc kiwan
kiya kiyah kiyan kiyana kiyani kiyanna kiyara kiyasha kiymet kiyo kiyoko kiyomi kiyon kiyoshi kizi kizzie
kizzy kjartan kjeld kjell kjella klaas klaire klara klarissa klaudia klaus klaus-dieter klay klayton klea klee
kleio klemens klementina klementine kleo kleopatra klevis klim klint klinton klio klitskov kloe kloee kloey
kloie klynn knight knowledge knox knut knute knuth ko koa koah koan koba kobby kobe kobey kobi kobie kobina
koby koda kodee kodey kodi kodiak kodie kodjo kody koen kofi koh kohen kohl koi kojiro kojo koki koko kokoro
kokou kol kolawole kolbe kolbi kolbie kolby kole kolia kolibri kolin kolja kolleen kollin kolt kolten kolter
koltin kolton koltyn kolya kolyn komal komugisha kona konadu konan kondwani kong konner konni konnie konnor
konny kono konor konrad konradin konstancja konstantin konstantina konstantine konstantinos konstantinovic
konstantinovna konstanty konstanze kooper kor kora korah koral koran koray korben korbin korbinian korbyn kord
kordell korede koree koreen korel koren korey kori korie korin korina korinna korinne kornel kornelia
kornelius korra korri korrie korrin korrine kort kortez kortnee kortney kortni kortnie korvin korwin kory
koryn kosai kosar kosay kosima kosisochukwu kosma kosmas kosmo kosta kostadinov kostas kostiantynivna kostja
kosuke kota koti koto kotone kou kouki kourosh kourtnee kourtney kourtni kourtnie kowsar koy koya kraig kramer
krasimir krasimira krasimirov krasimirova kratos kree kreg kremenov krenar kresha krew krey krikor kris krish
krisha krishan krishank krishiv krishna krislyn krislynn kriss krissa krissy krista kristal kristalyn kristan
kriste kristee kristeen kristel kristen kristena kristene krister kristi kristian kristiana kristiane
kristianna kristiano kristie kristiina kristijan kristin kristina kristine kristion kristiyan kristjan kristle
kristo kristof kristofer kristoff kristoffer kristofferson kristofor kriston kristopher kristy kristyn
kristyna krithi kriti kriyansh kriz kron kruz krysta krystal krystel krystell krysten krysti krystian krystie
krystin krystina krystine krystle krystopher krystyn krystyna krzysztof ksawery ksenia ksenija kseniya kuan
kuba kubilay kubo kubra kudret kujtim kullen kum kumail kumar kumari kumayl kumba kumi kumiko kumru kumsal kun
kunal kuno kurdo kurosh kursad kursat kurt kurtis kurtlyn kurumi kusai kush kushagra kushtrim kusi kutay kuyen
kuzey kwabena kwadjo kwadwo kwaku kwame kwami kwan kwasi kweku kwesi ky kya kyah kyan kyana kyanna kyano kyara
kyasia kyazimov kyden kye kyell kyera kyere kyesha kyia kyla kylah kylan kyland kylar kyle kylea kyleah kylee
kyleen kylei kyleigh kylen kylene kyler kyley kyli kylia kylian kylie kyliee kylin kylo kylon kylynn kym
kymani kymber kymberlee kymberli kymberly kymora kyna kynan kyndal kyndall kyndell kyndra kyng kynlee kynleigh
kynnedi kynslee kynsley kynzie kynzlee kyo kyoko kyon kyra kyrah kyran kyre kyree kyrell kyren kyri kyria
kyriaki kyriakos kyrian kyrie kyril kyrill kyrillos kyrin kyro kyron kyrsten kyrstin kyrus kyrylovic kysen
kyson kyu kyzer kyzy la laana laasya laban labelle labib lacee lacey lachelle lachlan laci lacie lacinda
lacresha lacretia lacy lada ladarius ladarrius ladawn ladd laddie ladean ladell ladina ladislaus ladislava
ladon ladona ladonna ladora ladu lady laea lael laela laelia laelle laeth laeticia laetitia laetizia lafayette
lafe lafonda lagertha lahela lahja lahna lahoma lai laia laian laiba laif laika laiken laikyn laila lailah
lailani lailany laili laily laima laina laine lainee lainey laini lainie lainy laira laird lais laisha laiss
laissa laith laiya laiyah laiza laja lajana lajaune lajla lajos lajuan lajuana lakayla lake lakecia lakeesha
lakeia lakeisha lakeith lakeitha lakelan lakelyn laken lakendra lakendrick lakenya lakesha lakeshia lakesia
laketa lakeya lakeysha lakia lakiesha lakin lakisha lakita lakiya lakota lakshmi lakshya lakyn lal lala lale
laleh lali lalie lalin lalisa lalisha lalit lalita lalith laliyah lalla lalo lam lama lamaar lamar lamara
lamarana lamarcus lamario lamarion lamarr lamaya lambert lamberto lambros lamea lamees lamesha lamia lamies
lamija lamin lamina lamine lamira lamis lamisa lamiya lamiyah lamon lamond lamonica lamont lamonte lamya
lamyia lamys lan lana lanae lanah lanai lanay lanaya lance lancelot landa landan landen lander landin landis
lando landon landree landri landrie landry landy landyn lane lanea lanee laneisha lanell lanelle lanesha
lanessa lanetta lanette laney lang langdon langley langston lani lania laniah lanicia lanie laniece lanier
lanija lanika lanis lanise lanisha lanita laniya laniyah lanna lannette lannie lannis lanny lano lanora
lansing lantz lany lanya lanz lao laoueng laporsha laquan laquana laquanda laquesha laquetta laquinta laquisha
laquita laquitta lara lara-maria lara-marie lara-sophie larae larah laraib laraine laramie laray larbi laree
lareen lareina larell laren larena larence larene larenzo lares laresa laressa laretha laretta larhonda lari
laria lariah lariana larice larie larimar larin larina larinda larine larion laris larisa larissa larita
lariya lariyah lark larkin larnell laron laronda larose laroy larraine larrie larry lars larsen larson larsson
larue larus lary laryn larysa laryssa lasandra lasean lasha lashae lashan lashana lashanda lashandra lashanna
lashanta lashaun lashauna lashaunda lashawn lashawna lashawnda lashay lashea lashell lashelle lashon lashonda
lashondra lashun lashunda lashundra laska lasko laslo lason lasondra lasonya lassana lasse lassie laszlo lata
latanya latara latarsha latasha latashia latasia latavia lataya latecia lateef lateefah lateisha latesha
lateshia lathan latia latiana laticia latif latifa latifah latife latika latina latisa latisha latishia
latitia lativa latizia latonia latonja latonya latora latoria latorya latosha latoshia latoya latoyia latrece
latrel latrell latrelle latresa latrese latrica latrice latricia latrina latrisha latroy lattie launa laur
laura laura-jane laura-marie laura-sofie laura-sophie lauraine laural lauralee lauran laurana laurance laure
laurean laureano lauree laureen laurel laurelin laurelle lauren laurena laurence laurencia laurene laurens
laurent laurentia laurentin laurentina laurentino laurentius laurenz laurenzo lauretta laurette lauri laurian
laurianne laurice laurids laurie laurin laurina laurinda laurine lauris laurissa laurita laurits lauritz lauro
laury lauryn laurynn lautaro lav lava lavada lavan lavand lavani lavar lavaughn lavea laveda lavel lavell
lavelle laven lavena lavenda lavender lavenia lavera laverda lavergne lavern laverna laverne laveta lavetta
lavette lavi lavia lavida lavie lavin lavina lavinia lavinya lavita lavon lavona lavonda lavone lavonia
lavonna lavonne lavonte lawa lawan lawana lawand lawanda lawanna lawayne lawerance lawerence lawernce lawin
lawrance lawren lawrence lawson lawton lawyer laxmi lay laya layaan layah layal layali layan layana layani
layce laycee layden laye layelle layken layla layla-sophie laylah laylana laylani layli laylin laymon layn
layna layne laynee layni laynie lays laysha layth laython layton layza lazar lazara lazare lazaro lazaros
lazarus lazer lazlo lc le lea lea-jolie lea-marie lea-sophie leaf leah leaha leal leala leam leaman leamon
lean leana leanah leanda leander leandra leandre leandrea leandrew leandro leandros leane leani leanie leann
leanna leanne leanni leano leanor leanora leanord leanore lear leara leart learta leasa leasia leatha leatrice
lebron lech lecia leda ledell ledeyna ledger ledian ledina ledion ledri lee lee-ann leea leeah leeana leeann
leeanna leeanne leefke leela leeland leele leeloo leelou leen leena leene leeni leentje leeo leeon leeroy
leesa leeta leetta leev leeve leeven leevi leevin leevke leeya leeza legacy legend legolas legrand lehan
lehana lehi lehman lei leia leiah leiana leianna leib leidi leidy leif leigh leigha leighann leighanna
leighanne leighla leighton leika leila leilah leilana leilani leilanie leilany leili leina leira leire leis
leisa leisha leita leith leitha leiya leja lejan lejana lejf lejla lejs lekeisha lekesha lekha lekia lekisha
lela lelah lelaina lelan leland lelani lelar lele leli lelia lelie lelio lella lelou lelu lem lema leman lemar
lemi lemis lemmie lemmy lemon lemoni lemont lempi lemuel len lena lena-marie lena-sophie lenae lenara lenard
lenardo lenaya lenda lendell lendon lendrit lene lenea lenee lenell lenelotte lenette leni leni-marie
leni-sophie lenia lenias lenice lenie lenika lenin lenina lenise lenita lenius leniya lenja lenka lenn lenna
lennard lennardt lennart lenne lennen lennert lennet lenneth lenni lennia lennie lennik lennin lennis lennja
lenno lennon lennox lenny lennya leno lenoard lenon lenora lenord lenore lenox lensa lentje lenton lenu lenus
lenwood leny lenya lenz lenzie lenzy leo leobardo leocadia leoda leokadia leola leolo leoma leomar leon
leon-alexander leon-elias leon-maximilian leon-noel leon-pascal leona leonar leonara leonard leonarda leonardo
leonardt leonart leonas leonce leondra leondre leone leonel leonela leonell leonella leonhard leonhardt leoni
leonia leonid leonida leonidas leonide leonides leonidivna leonidovic leonidovna leonie leonie-jolie
leonie-marie leonie-sophia leonie-sophie leonik leonila leonis leonit leonita leonna leonnie leonor leonora
leonore leontin leontina leontine leony leopold leopoldine leopoldo leor leora leorah leota leotis leotrim
lequita lera leroi leron leroy les lesa lesane lesedi lesha leshan leshawn leshia lesia leslee lesley lesli
leslie lesly leslye lessie lesslie lessly lesta lestat lester leszek leta letecia letha lethia leticia
leticija letisha letisia letitia letizia leto letonia letricia letta letti letticia lettie letty letycia
leutrim lev leva levada levan levana levani levante levar leve levell leven levent levente levern leverne
levert levester levi levia leviah levian leviano levie levin levina levinia levio levion levis leviticus
levius levke levko levon levy levyn lew lewan lewe lewend lewi lewie lewin lewis lewy lewyn lex lexa lexany
lexi lexia lexian lexie lexington lexis lexus lexy leya leyah leyal leyan leyana leyi leyla leyla-sophie
leylah leylan leyland leylani leylany leyli leyna leyre leyth leyton leza lezan lezlie lezly lhea li lia
lia-marie lia-sophie liadan liah liam liam-elias liam-noel lian liana liandra liandro liane liang liani liann
lianna lianne liano liara lias liat liba liban libbie libby libera libero libertad libertas liberty libeth
libi libia liboria liborio librada librado licia lida liddie liddy lidia lidiana lidija lidio lidiya lido
lidwina lidya lieba lief lieke liel lielle liem lien liene lienne lientje liepa lies liesa liesbeth lieschen
liese liesel lieselotte lieske liesl lieu liev lieve lieven liezel liezl lif life ligaya lige light ligia
lihanna lihi liina liisa lija lijan lijana lika liko lil lila lilah lilan lilana lilani lilas lilav lilburn
lile lilea lilee lilen lili lilia liliah liliam lilian liliana liliane liliann lilianna lilianne lilibet
lilibeth lilie lilien lilienne lilija lilijana lilio lilit lilith liliya lilja liljan liljana lill lilla
lillard lille lillebror lillee lillemor lillesol lilli lilli-marie lillia lilliam lillian lilliana lilliane
lilliann lillianna lillianne lillibeth lillie lillien lillienne lillis lillit lillith lillo lilly lilly-ann
lilly-marie lilly-rose lilly-sophie lillyan lillyana lillyann lillyanna lillyanne lillybelle lilo lilou lilu
lily lilya lilyan lilyana lilyann lilyanna lilyanne lilyanov lilyanova lilybeth lim lima liman limar limon lin
lina lina-marie lina-sophie lina-su linah linas linay lincoln lind linda lindan linde lindell linden lindi
lindiwe lindley lindon lindsay lindsey lindsi lindsie lindsy lindy line linea linelle linet linette linford
ling lingyi linh linja link linkin linley linn linna linne linnea linnet linnette linni linnie lino linos
linou linoy linsay linsey linton linus linwood linya linzi linzie linzy lio lioba lion liona lionardo lionas
lionel lionell lionelle lionor lior liora liorah lios lipa lipman lir lira liran liri liria lirian liridon
liridona lirije lirim liron lis lisa lisa-marie lisa-sophie lisaann lisabet lisabeth lisamarie lisander
lisandra lisandro lisann lisanna lisanne lisbet lisbeth lisbon lise lisel liseli liselle liselotta liselotte
liset liseth lisette lisha lisi lisia liska lisle lissa lissandra lisset lisseth lissett lissette lissi lissie
lissy liston lita lital litha lito litsa littie little litzy liu liubov lius liv liva livan livana livanur
liven livi livia liviah livian liviana livie livija livingston livio liviu livius liviya livvy livy livya
liwia liya liyah liyam liyan liyana liyanah liyanna liyas liyu liz liza lizabeth lizandra lizandro lizanne
lizbet lizbeth lizet lizeth lizett lizette lizza lizzet lizzeth lizzette lizzi lizzie lizzy ljilja ljiljana
ljuba ljubica ljubinka ljubisa ljubomir ljubov ljudmila llewellyn llewelyn llewyn lleyton lloris lloyd lluc
lluis lluna lluvia lmar lo loa loai loan loana loann loanne loany loar loay loc lochlan locke lode loe loela
loen loena lofton logan logann logen loghan login lohan loi loic loida lois loise loius lojain loke loken loki
lokman lola lolade loleta loletha lolia lolita lolla lollie lolo loma lomineishvili lon lona lonan lonas londa
londell londen london londyn londynn lone lonell loney long longin loni lonia lonie lonis lonita lonna lonne
lonneke lonnell lonni lonnie lonny lono lonzie lonzo loona lopes lopez lor lora lorain loraine loralee loralei
loralie loran lorance lorand lorayne lorcan lord lordes lordina lore lorea loreal lorean loreana loredana
loree loreen loreena lorelai lorelay lorelei loreley loreli lorelie lorella lorelle lorelyn loren lorena
lorence lorenda lorene lorenna lorens lorent lorentina lorenz lorenza lorenze lorenzo loresa loressa loreta
loretha loretta lorette loretto lori loria lorian loriana loriane loriann lorianna lorianne lorida lorie
lorielle lorien lorik lorilee lorin lorina lorinda lorine loring loris lorisa lorissa lorita lorn lorna lorne
lorrain lorraine lorrayne lorren lorrene lorretta lorri lorriane lorrie lorrine lorry lory lorya loryn lossie
lot lota lothar lotje lotta lotta-marie lotte lotti lottie lottje lotty lotus lou loua louan louana louane
louann louanna louanne louay louca loucia louella louelle louetta loui louie louies louina louis louis-marie
louisa louisa-marie louise louisette louison louiz louiza loujain louka loukas loula loulia loulou louna
lounes lounis loup loura lourdes louren lourenco lourie lousia louvenia lova love lovelace lovell lovella
lovelle lovely lovelyn lovenia lovetta lovey lovi lovie lovina lovis lovisa lovre lovro lowe lowell lowen
lowis loy loya loyal loyalty loyce loyd loyde loye loyola loys loza ltanya lu lua luai luam luan luana luann
luanna luanne luano luar luara luay luba lubaba lubaki luberta lubertha lubina lubna lubomir lubov luc luca
luca-fynn luca-joel luca-noel lucah lucan lucas lucca luce lucenda lucero luces lucetta lucette lucey luchia
luci lucia lucian luciana lucianna luciano lucie luciel lucien luciene lucienna lucienne lucifer lucija
lucijana lucila lucile lucilia lucilla lucille lucina lucinda lucine lucio lucious lucis lucita lucius lucja
lucjan luck lucka luckas lucky lucrecia lucretia lucrezia lucus lucy lucya lucyana lucyna lucynda ludger ludie
ludivine ludmila ludmilla ludo ludovic ludovica ludovico ludovika ludowika ludvig ludvik ludwig ludwik ludwika
ludwin ludwina ludy lue luella luellen luena luetta luevenia luffy lugene lugenia lugman lui luica luie luigi
luigina luina luis luisa luisa-marie luisana luisangel luisanna luisdavid luise luisito luitpold luiz luiza
lujain lujane lujean luk luka lukas lukasz lukaz luke lukes lukian lukis lukka lukman lukus lukyan lula lulani
lular lule luli lulia lulu lulua lulya lum luma luman lumara lumea lumen lumi lumiere lumin lumina luminara
luna luna-emilia luna-marie luna-sophie lunara lunas lund lunden lundyn lune lunes lunetta lunis luniva luniz
luno luong lupa lupe lupin lupina lupita lupo luqmaan luqman lura lurdes lureen lurene luretha lurlene lurline
lus lusi lusia lusiana lusiano lusijana lusijano lusine luster lutfi lutfiye luther luthien lutie lutricia
lutz luu luuk luv luva luvenia luverne luwana lux luxi luz luzi luzia luzian luziana luzie luzifer luzius
luzmaria luzy ly lya lyah lyal lyam lyan lyana lyann lyanna lyas lyda lydell lydia lydie lyes lyfe lyia lyka
lykka lykke lyla lylah lyle lyli lylia lyllian lyly lyman lyn lyna lynae lynas lynda lyndal lyndall lyndee
lyndel lyndell lynden lyndi lyndia lyndie lyndon lyndsay lyndsey lyndsi lyndsie lyndsy lyne lynel lynell
lynelle lynett lynetta lynette lynh lynlee lynley lynn lynna lynnae lynnda lynne lynnea lynnell lynnetta
lynnette lynnlee lynnsey lynsey lynsie lynus lynwood lynx lynzee lynzi lynzie lyo lyon lyonel lyra lyric
lyrica lyrik lyriq lyron lys lysa lysander lysandra lysann lysanne lysette lysiane lyssa lyubomirov lyudmilov
lyv lyvia lyza ma maahi maahir maaike maali maalik maame maan maanvi maari maarit maarten maartje maat maayan
maaz mabel mabell mabelle mabinty mable mabry mac macaiah macarena macario macarthur macaulay macayla mace
macedonio macee macel macen maceo macey machel machell machelle maci macie maciej mack mackay mackayla
mackenna mackensie mackenzee mackenzi mackenzie mackenzy mackey mackie mackinley mackinzie macklin macky macon
macsen macy macyn mada madai madalena madalene madalin madalina madaline madalyn madalyne madalynn madalynne
madara maddalena maddalyn maddelyn madden maddex maddi maddie maddilyn maddilynn maddisen maddison maddisyn
maddix maddoc maddox maddux maddy maddyn maddyson madelaine madeleina madeleine madelen madelene madeliene
madelin madelina madeline madelon madelyn madelyne madelynn madelynne madge madgie madhura madhuri madi madiba
madie madigan madiha madilyn madilynn madina madinah madine madisen madison madisson madisyn madita maditha
madleen madlen madlene madlin madline madlyn madoc madolyn madonna madox madoxx madra mads madsen madu mady
madylin madysen madyson mae maebell maebelle maebh maeen maegan maegen maeghan mael maela maelee maeleigh
maeli maelia maelie maelina maelis maella maelle maelo maely maelyn maelynn maelys maera maesa maeson maeva
maeve maeven maevis mafalda maffo magalene magalhaes magali magalie magaly magan magarete magarethe magd magda
magdalen magdalena magdalene magdaleno magdalenov magdalina magdaline magdalyn magdelena magdeline maged magen
maggen maggi maggie maggy magic magne magnolia magnus magomed magomedovic magomedovna magret maguette maguire
mah maha mahad mahadev mahadi mahaila mahal mahala mahalet mahalia maham mahamed mahammad mahamud mahan mahana
mahasin mahathi mahawa mahayla mahbeer mahd mahde mahdi mahdia mahdieh mahdiya mahdy mahealani maheen maher
mahi mahia mahib mahima mahin mahina mahinur mahir mahira mahirah mahisa mahiya mahki mahlia mahlon mahmmoud
mahmod mahmood mahmoud mahmud mahmut mahnaz mahnoor mahogany mahoro mahra mahran mahrosh mahrus mahsa mahtab
mahya mai mai-linh maia maiah maianh maiar maiara maica maico maid maida maide maiden maie maiha maija maiju
maik maik-leon maika maike maikel maiken maiki maiko maila maile mailea mailee maileen mailen mailey maili
mailie mailien mailin mailina mailine mailinh mailo mailon mailow maily mailyn mailynn maimona maimouna
maimuna maina maira mairah maire mairead mairi mairin maisa maisam maisey maisha maisie maison maissa maisy
maisyn maita maite maitha maiti maitland maitreya maitreyi maitri maive maivi maiwenn maiya maiza maizie maizy
maj maja majd majda majdi maje majed majeda majeed majella majesty majid majida majkel majken majlinda major
majorie majra majuma majvi mak maka makaela makai makail makaila makailah makaio makala makalah makale makali
makan makana makani makar makari makarios makarius makaya makayla makaylah makaylee makbel makeba makeda makel
makena makenna makennah makensie makenzee makenzi makenzie makenzy makhai makhi makhia makhmudovna maki makia
makiah makinley makinzie makis makita makiya makiyah makka makkah mako makoa makonnen makoto maks maksim
maksimilian maksimov maksimova maksimovic maksimovna maksym maksymilian maksymovic makya makyah makyla makylah
makynlee makynzie mal mala malaak malachai malachi malachy malack malai malaika malaina malak malaka malakai
malakhi malaki malaky malala malalai malana malani malanie malarie malasia malay malaya malayah malayka
malayna malaysia malaz malcolm malcom malda male malea maleah malee maleeha maleek maleen maleena maleeya
malei maleia maleigha maleika malek maleka malen malena malene maleni malenna maleo malerie maleya malgorzata
mali malia maliah malian malica malick malie maliek malieka malien maliha maliik malija malik malika malikah
malikai malike maliki malikovic malila malin malina malinda maline malini malinka malino malio maliq malique
malis malisa malisha malissa maliya maliyah maliza malk malka malke malkia malkiel malky mallak mallary mallie
mallik mallori mallorie mallory malloy malo malon malone malori malorie malory malou malte malthe malu maluna
malva malve malvin malvina malvine malwin malwina malwine maly malya malyha malyk malyn malyna malynda mamadi
mamadou mamadu mamady mamdouh mame mamie mammie mamon mamoru mamoudou mamoun man mana manaal manaf manahil
manaia manal manar manasa manase manasi manasseh manav manda mandala mandana mande mandee mandeep mandel
mandela mandi mandie mandisa mando mandra mandy mane manel maneli manesa manessa manford manfred mango manh
manha mani mania manie manika manil manila manilo manina manisa manish manisha manissa maniya maniyah manja
manjit manjot manju manley manlio manly manmeet mann mannat manni mannie manning mannix manny mano manoa
manoah manoel manola manolis manolo manolya manon manou manouk manpreet manreet mansfield mansirat manson
mansoor mansor mansour mansur mantasha mantra manu manual manuel manuela manuelita manuell manuella manveer
manvik manya mao maor maori maple mar mara marabella marah marai maraja maraki maral maralee marali maralyn
maram maran maranata maranda marat maratovna maraya marbella marc marcanthony marcee marcel marcela marcelene
marcelia marcelina marceline marcelino marcell marcella marcelle marcelles marcellina marcelline marcellino
marcello marcellous marcellus marcelo marcelyn marcene marcey marchell marchelle marchello marcheta marci
marcia marcial marciano marcie marcile marcille marcin marcine marck marco marcoantonio marcos marcu marcus
marcy mardell mardelle mardi mardochee mare marea maree mareen marei mareike mareile mareily marek mareli
marelie marell marella marely marelyn mareme maren marena mares maresa maret maretta mareyah marfa marga
margalit margaree margaret margareta margarete margareth margaretha margarethe margarett margaretta margarette
margarida margarit margarita margarite margaritha margarito margart margaux marge margeaux margene margeret
margerita margert margery marget margherita margie margit margita margitta margo margorie margot margret
margreta margretha margrethe margrett margretta margrette margrit marguerit marguerita marguerite margueritte
marguita margurite margy mari maria maria-magdalena maria-sophie mariadejesus mariaelena mariafernanda
mariaguadalupe mariah mariaisabel mariajose marialuisa mariam mariama mariame marian mariana mariane marianela
mariangel mariann marianna marianne mariano mariasha mariatou maribel maribell maribella maribelle maribeth
marica maricarmen marice maricela maricella marico maricruz marie marie-ange marie-christine marie-elisabeth
marie-jolie marie-lou marie-louise marie-luise marie-sophie marie-therese mariea marieanna marieanne
mariebelle mariechen marieke mariel mariela mariele marielena marielisa mariell mariella marielle mariellen
marielou marieluise mariely mariem marienne marieta marietou marietta mariette mariev marieva marigold
marigona marija marijan marijana marijane marijke marijo marik marika marike mariko marilda marilee marileen
marilen marilena marilene marili marilia marilin marilla marilou marilu mariluz marily marilyn marilyne
marilynn marilynne marimar marin marina marinda marine marinella marinette marino marinos marinov marinova
marinus mario mariola marion mariona marios maripaz maris marisa marisabel marise marisel marisela marisha
mariska marisol mariss marissa maristella marit marita maritha maritsa maritta maritza marius mariusz marivel
mariya mariyah mariyam mariyana mariyanov mariyanova mariza marja marjaan marjam marjan marjana marjane marje
marjean marji marjie marjolaine marjorie marjory mark markanthony markas markayla marke markee markeisha
markeith markel markell markella markes markese markesha marketa marketta markia markie markis markisha
markita markley marko markon markos marks markus marl marla marlaina marlan marlana marland marlane marlayna
marle marlea marlee marleen marleene marleigh marlen marlena marlene marleni marleny marlese marlet marley
marli marlia marlie marlien marlies marliese marlik marlin marlina marlinda marline marlis marlisa marlitt
marlo marlon marlou marlow marlowe marly marlyce marlyn marlynn marlys marlyse marna marne marnee marni marnie
marnita marnix marny maro marolyn maron marou maroua marouan marquan marquavious marque marquel marquell
marquerite marques marquese marquetta marquette marquez marquice marquis marquise marquisha marquita marquitta
marqus marri marria marriah marrie marrion marris marrisa marrissa marron marry mars marseille marsel marsela
marselina marsella marsena marsha marshae marshal marshall marshaun marshawn marshay marshel marshell
marshelle marshon marsia mart marta martavious martavius marte marteen martel martell marten martez martha
marthe marthel marti martia martial martie martijn martika martin martina martine martinez martini martiniano
martino martinov martinova martins martinus martis martje marton martrell marty martyn martyna maru marua
maruan maruf marusa maruska marva marvel marvell marvella marvelle marvellous marvelous marven marvi marvie
marvin marvina marvine marvins marvis marvyn marwa marwah marwan marwin marx mary mary-ann mary-jane mary-lou
marya maryah maryalice maryam maryama maryan maryana maryann maryanna maryanne marybel marybell marybelle
marybeth marycatherine maryclaire marye maryelizabeth maryella maryellen maryem maryetta maryfrances marygrace
maryhelen maryjane maryjean maryjo marykate marykatherine marykay maryla maryland marylee marylene marylin
maryline maryln marylou marylouise marylu marylyn marylynn marymargaret maryn maryna maryrose marysa maryse
marysia marysol maryssa marzella marzena marzia masa masah masaki masako masal masan masango masao masato
masayo mascha masen masha mashal masiah masih masina mason masood masooma masoud massa massi massiah massiel
massimiliano massimo massinissa massoud masud masuma masume masyn mat mata matai matan matar matas mataya
matayo mate matea mateen matei matej mateja mateo mateos mates mateu mateus mateusz matey matha mathea matheo
mathes matheson matheus mathew mathias mathies mathieu mathijs mathild mathilda mathilde mathis mathyas mathys
mati matia matias matie matija matilda matilde matilyn matin matina matis matisse matix mato matondo matou
matrix mats matt mattan mattea matteo mattes mattew matthaeus matthaus matthea mattheo matthes mattheu
mattheus matthew matthews matthias matthies matthieu matthijs matthis matthius matti mattia mattias mattie
matties mattilyn mattis mattison mattox matts mattson matty mattye matus matvei matvej matvey matvii matviy
matwej matwey maty matyas matylda matz matze maud maude maudie maudine maui mauli maura maureen maurene mauri
maurice mauricia mauricio maurilio maurin maurine maurissa maurita mauritius maurits mauritz maurizio mauro
maurus maury mava maven maverick maverik mavi mavie mavin mavis mavrick mawa mawuena mawuli mawutor max
maxcine maxeen maxel maxence maxfield maxi maxie maxim maxima maxime maximilan maximilia maximiliam maximilian
maximiliana maximiliane maximiliano maximilien maximilio maximillian maximilliano maximillion maximina
maximino maximo maximos maximovic maximovich maximovna maximus maxin maxine maxon maxsim maxson maxton maxwell
maxx maxxim maxym maxymilian may maya mayada mayah mayala mayan mayank mayar mayara mayari maybell maybelle
maybellene maycee mayci maycie maycol mayda maye mayela mayeli mayer maygan mayim mayka mayla maylan maylea
maylee mayleen mayleigh maylen maylena maylene maylia mayliah maylie maylin maylina mayline maylis maylo
maylon mayme maymie maymouna maymuna maymunah maynard maynor mayo mayola mayon mayor mayowa mayra mayrah mayre
mayrin mayron mays maysa maysaa maysam maysen maysie mayson maysoun mayssa maysun mayte mayu mayumi mayuri
mayvi mayzie mazal maze mazen mazhar mazie mazin mazlum mazon mazzy mbah mbali mbombo mc mcarthur mccall
mcclellan mccormick mccoy mcdonald mckay mckayla mckaylee mckenna mckennah mckensie mckenzee mckenzi mckenzie
mckenzy mckinlee mckinley mckinsey mckinzie mckynzie mcneal mea meabh meade meadow meagan meagen meaghan meah
meara mearl meba mecca mechele mechelle mechthild meda medan meddie medea medeea medeina medeline medet
medford medha medhat medi media medie mediha medin medina medinah medine medo medora medwin medzhid mee meegan
meeka meeko meena meer meera meeri mees meg megan megann megen meggan meggie meggy megha meghan meghana
meghann meghna megumi mehar mehdi mehdin meher mehgan mehki mehlika mehmed mehmedali mehmedov mehmedova mehmet
mehmet-ali mehmethan meho mehrab mehran mehrdad mehret mehri mehrsam mehtab mei meigan meighan meik meika
meike meiko meila meilan meilani meili meilin meilo meinrad meir meira meisha meissa meixi mejra meka mekail
mekal mekayla mekdes mekenzie mekhi mekia mekka mel mela melad melahat melaina melaine melana melanee melaney
melani melania melanie melannie melanny melany melat melaya melba melbourne melchi melchior melchizedek
melchor melda mele melea meleah melek meleka melena melenie meleny melessa melford meli melia meliah melian
meliana melicia melida melih meliha melik melika melike meliksah melin melina melina-sophie melinay melinda
meline melinee melino meliodas melis melisa melisande melisha melisia melissa melisse melissia melita meliton
melitta meliya meliyah meliza mell mella mellanie melle mellie mellina mellisa mellissa mellory mellow melly
melo melodee melodi melodie melody melodye meloney meloni melonie melony melora melquiades melquisedec melrose
meltem melton melva melven melvia melville melvin melvina melvyn melwin mely melyna melynda melynn melyssa
memati meme memet memory memphis mena menachem mencia mendel mendell mendi mendy menekse menelik menesa
menessa meng menissa menna mennie menno menou mensah mensur mensura menua menucha meo meosha mera merab meraj
meral meran meranda merari mercades mercan merce merced mercede mercedes mercedez mercer merci mercutio mercy
merdan merdin meredith meredyth merel merelin meret merete meri meria meriah meriam meric merida merideth
meridith meriel merielle meriem merilee merilyn merima merin merina merinda meris merisa merissa merit merita
meriwether merjem merl merla merle merlene merley merliah merlin merlind merlinda merline merlon merlot merlyn
merna mero meron merrell merri merrick merrie merril merrilee merrill merrily merrilyn merrit merritt merry
mersad mersana mert mertali mertcan merten mertie merton meru merva mervan mervat merve merveille mervin
mervyn merwin merwyn mery merya meryam meryem meryl mesa mesha meshach meshal mesk messi messiah messias
messina mesut meta mete metehan metha metin metis metro metta mette metthew mettie metz meva mevanur mevlude
mevlut mevsim mewes mex mey meya meyar meyer meyla meylin meyra mhairi mhamad mher mi mia mia-isabella
mia-joleen mia-jolie mia-josephine mia-lena mia-lina mia-marie mia-sofie mia-sophia mia-sophie miabella
miabelle miah miami mian miana miangel miara mias miasia miata mic mica micael micaela micaella micah micahel
micaiah micaila mical micayla micha michae michael michaela michaelangel michaelangelo michaelanthony michaele
michaelene michaeline michaella michaelle michaels michaelyn michai michail michal michala michale michalina
michayla micheal micheala michel michela michelangelo michele michelene michelina micheline michell michella
michelle michial michiel michiko michl michon michonne mick mickael mickayla mickeal mickel mickenzie mickey
micki mickie micky mico micol micole midas midge mido midori mie mieka mieke mieko miel miela miella mielle
mien mientje miera miesha mieszko migdalia migel miglena miglenov miglenova mignon miguel miguelangel
miguelina miha mihael mihaela mihai mihail mihailo mihailov mihailova mihailovic mihaita mihajlo mihajlovic
mihajlovna mihalj mihaylova mihir miho mihra mihran mihriban mihrima mihrimah mihrinaz mihrisah miia miika
miila miina mija mijan mijat mijo mik mika mikaal mikaeel mikaeil mikael mikaela mikaella mikah mikai mikail
mikaila mikal mikala mikalah mikan mikas mikayla mikaylah mike mikeal mikel mikela mikell mikella mikelle
mikenna mikenzie mikesch mikey mikha mikhael mikhail mikhailovic mikhailovna miki mikia mikiah mikiala mikias
mikio mikis mikita mikka mikkael mikkel mikki mikko miklas mikle miklos miko mikolaj mikolajovic mikosch
mikoto miku mikyla mila mila-marie mila-sophie milad milada milagro milagros milah milaine milan milan-alessio
milan-joel milana milane milani milania milaniya milanna milano milara milas milat milav milay milaya milayne
milburn milca milcah milda mildred mile milea mileah mileen mileena mileidi milek milele milen milena milene
milenka milenko milenna milenov milenova miles milessa mileva miley mileya mileyn mileyna milford mili milia
milian miliana miliani milica milie milija milijan milijana milika milin milina milinda milio milisa milissa
milja miljan milka milkov milkova milla millan millaray millard mille millenia miller milli millia millicent
millie million mills milly milo miloh milon milorad milos milosch milosh milosz milot milou milow milton milu
milvia mily milya milyn mima mimi mimma mimmi mimosa min min-ho mina minah minahil minako minal minami minara
minas minato minay minda mindi mindy mine minea minel minela minerva minette ming mingus minh minha minho mini
minica minja minka minke minko minna minne minnette minnie mino minoo minor minori minoru minos minosch minou
minouche minseo mint minta mintaha minton minu minya minza minze mio miodrag miona miquel miquela mir mira
miraan mirabai mirabel mirabell mirabella mirabelle mirac miracle mirah mirai miraj mirajane miral mirali
miram miran miran-ali mirana miranda miranur mirari miras miray miraya miraz mircea mirco mireia mireille
mirek mirel mirela mirella mirelle mirena mirenda mireya mirha mirhan mirhat miri miria miriah miriam mirian
miriana miriel mirielle mirijam mirijana mirinda mirja mirjam mirjana mirka mirkan mirko mirle mirlinda mirna
mirnes miro miron miroslav miroslava miroslavov miroslavova miroslaw miroslawa mirra mirsa mirsad mirsada
mirta mirtha miruna miryam miryana mirza mirzan misa misael misaki misao misbah mischa mischel mischelle
mischka misel misfer misha mishael mishal mishale mishary misheel mishel mishelle mishika mishka misk mislina
missie missouri missy mister misti mistie mistral misty mita mitar mitch mitchel mitchell mitchelle mithat
mithra mithran mitia mitja mitko mitkov mitkova mito mitra mitsuki mitsuko mitsuo mittie mitya mitzi mitzie
mitzy miu mivaan miwa miya miyabi miyah miyako miyana miyase miyo miyoko miyoshi miyrem miyu miyuki mizan
mizgin mizuki mizzi mjalta mladen mladenov mladenova mlak mo moa moaad moad moana moani moataz moayad moaz
mobeen moberg mobin mobina mobolaji moc mocha modena modest modesta modesto modou moe moema moena moesha moez
mofeoluwa moftah mogli mohab mohamad mohamad-ali mohamed mohamed-ali mohammad mohammad-ali mohammadali
mohammed mohammed-ali mohammedfouad mohammet mohamud mohan mohana mohanad mohaned mohannad mohd mohib mohid
mohini mohmad mohmed mohmmad mohmmed mohsen mohsin mohssen moira moise moises moishe moiz moja moje mojtaba
molina mollee molli mollie molly mololuwa momar momen momin momina momme momo momoka momoko momoreoluwa mon
mona monae monali monalisa monay monaya monday mondo mone monet monette mong moni monic monica monico monie
monik monika monikov monina monique monir monira monisha monita monja monna monnie monroe monserrat monserrath
mont monta montae montague montana montanna montavious monte montego montel montell montez montgomery monti
montie montoya montreal montrel montrell montrez montse montserrat monty monya monzerrat moody moon moona
moonef moore mor mora morad morayo mordecai mordechai morea moreen morelia morena moreno morgaine morgan
morgana morgane morgann morganne morgen morghan morgyn mori moria moriah morice moriel morio moris morisa
moritz morla morley morna moroni morpheus morrell morrigan morris morrison morrissey morsal morse morten
morteza mortimer morton morty mory mosa mosab mosawer mose moses mosese moshe moshood mosi mosiah moss mossie
mostafa motaz moti mouad mouctar mouhamad mouhamadou mouhamed mouhammad mouhammed mouhib moulay mouna mounia
mounir mounira mourad mourice mousa moussa moustafa moustapha moutaz mowgli moxxi moy moya moyinoluwa moyo
moyosoreoluwa moyra mozell mozella mozelle mu muaadh muaaz muadh mualla muammer muath muaz muazzez mubarak
mubarik mubeen muberra mubin mucaad mucahid muchen mudasir mudassir mudiyanselage mueez mufida muge mugisha
muhab muhaimin muhamad muhamed muhamet muhammad muhammadali muhammadamin muhammed muhammed-ali muhammed-emin
muhammedali muhammet muhaned muhannad muharem muharrem muhaymin muhib muhittin muhmmad muhsin muiz mujahid
mujgan mujtaba mukhtar mukunda mulan mulema mumin mumtas mumtaz mun muna munachi munachimso munay muneeb
muneer munevver munib muniba munir munira munisa muntaha muntaz munzur mura murad muradif muradija muradovic
muradovna murat muratovic muratovna murdoc murel muriel murielle murilo muris murl murlene murphy murray
murrel murrell murriel murry mursal murtaza murvet musa musaab musab musah muse mushka mushtaq musie muska
muskaan muskan muslim muslimovic muslum mussa mustafa mustafah mustafo mustafov mustafova mustapha mutasim
mutaz muthoni mutlu muyi muzaffer muzamil muzammil muzeyyen muzzammil mwangi my mya myah myanh myanna myar
myasia mycah mychael mychal mychelle myeisha myer myers myesha myeshia myia myiah myiesha myisha myka mykael
mykaela mykah mykal mykala mykayla myke mykel mykell mykenzie mykhailivna mykia mykola mykolaivna mykolas myla
mylah mylan mylee myleen myleigh mylene myles myli mylie mylinda mylinn mylla mylo mylow myna mynor myra
myracle myrah myranda myria myriah myriam myrielle myrka myrl myrle myrna myron myrta myrtha myrtia myrtice
myrtie myrtille myrtis myrtle myrto myrton mysha myson mysti mystica mystique myumyun myung myuzekyaeva na naa
naail naaliyah naama naaman naami naana naara naaya naaz naba nabaa nabeeha nabeel nabi nabiha nabil nabila
nabilah naby nachman nacho nachum naci naciye nacole nada nadal nadar nadav nadea nadean nadeem nadeen nadege
nadejda nadene nader nadeschda nadeshda nadezda nadezhda nadezhdov nadezhdova nadia nadie nadija nadim nadin
nadina nadine nadir nadira nadirah nadire nadiya nadiyah nadja nadya nadyne naeem naeema naeemah nael naela
naeli naelle naemi naetochukwu naevia nafas nafi nafia nafis nafisa nafisah nafissa nafiye nafiz naftali
nagham nagi nagisa nahal nahar nahed naheed nahele nahely nahema nahia nahid nahida nahide nahil nahila nahim
nahin nahir nahla nahlani nahom nahomi nahomy nahshon nahuel nahui nahum nahyan nai naia naiah naiara naida
naidelyn naiem naif naiim naiima naija naika nail naila nailah nailani naile nailea naily naim naima naimah
naime naimi naimo naina nainoa naiomi naiomy naira nairah nairi nairievic nairobi naisha naissa naithen naiya
naja najae najah najat najdan najee najera naji najia najib najla najm najma najwa nakai nakayla nakeisha
nakesha nakeya nakia nakiah nakisha nakita nakiya nakiyah nakoa nakoma naksh nakshatra nakya nala nalah nalan
nalani nalanie nalea naledi naleya nali nalia naliah nalin nalina nalini nalisha naliya naliyah nalleli
nallely nalu naly nam namari name nami namia namid namie namik namika namiko namine namir namira namo namon
namu namuun nan nana nanaama nanako nanami nanayaa nance nancee nancey nanci nancie nancy nancye nanda nandan
nandi nandini nandita nando nandor nane nanette nani nanie nanika nanna nannette nanni nannie nanny nanouk
nansi nante nanuk nao naod naoise naoki naoko naol naoma naomi naomia naomie naomika naomy naoto napat
naphtali napoleon naquan nara narada narae narah naran narayan narayana narayani narcis narcisa narciso
narcisse narda nardin nardos nare nareen nareg narek narelle naren nargis nari naria nariah nariman narin
narine narissa nariya nariyah narjes narjis naru narumi naruto narvin nas nasar nasario nascha naseem naser
nash nasha nashawn nashwa nashwan nasi nasib nasiem nasif nasiha nasim nasir nasira nasma nasr nasra nasrallah
nasreen nasri nasrin nasser nassim nassir nastasia nastasija nastasja nastassia nastassja nastia nastja nastya
nasya nat natacha natale natalee nataleigh nataley natali natalia natalie natalija natalina natalis nataliya
natalja natallie nataly natalya natalyn natan natanael natanel natania nataniel nataniela natanim natanya
natarsha natasa natascha natasha natasharov natashia natasia natassia natavia nataya nate nath nathali
nathalia nathalie nathaly nathan nathanael nathanaelle nathaneal nathanel nathania nathanial nathaniel nathen
nathon natia natig natilee natisha natividad natnael natosha natoya natsuki natsumi natthan naudia naum naura
nautica nava navaeh navajo navan navarro navdeep naveah naveed naveen naveena naveh navi navid navilan navin
navina navisha navjot navleen navpreet navy navya nawaal nawaf nawal nawar naween nawid nawin nay naya nayab
nayala nayan nayana nayara naydelin nayden nayeem nayef nayel nayeli nayelli nayely nayirah nayla naylah
naylani nayna nayo nayomi nayra nayson naythan naz nazan nazanin nazar nazareth nazario nazdar nazeer nazgul
nazif nazifa nazife nazik nazim nazir nazira nazire nazli nazmi nazmiye nazra ndassi ndeye ndidi ndombasi
ndungu nduta nea neah neal neala neale nealie neasa nebi nebil nebiyu nebojsa necati nechama necia necibe
necip necla necmiye necole ned neda nedal nedda nedim nedko nedkov nedra nedyalka nedzad neeka neel neela
neelah neele neelia neelie neelima neeltje neely neema neemia neena neeraj neeta neev neeve nefeli nefertari
nefertiti nefes nefi nefise nefize neftali neftaly negan negar negasi negin neha nehal nehan nehar nehemia
nehemiah nehemias nehemie nehir nehorai neia neida neiko neil neila neill neilo neima neira neisha neita
neithan neiva nejla nejme nejra nekia neko nektarios nel nela nelani nelda nele nele-sophie neli nelia neliah
nelian nelida nelin nelina nelio nelita neliyah nell nella nelle nelli nellie nelliel nellina nello nelly
nelma nelo nels nelson nelu nelva nelvin nelwyn nely nelya nema nemanja nemer nemesis nemia nemo nemya nena
nenad nene neneh neni neno neo neola neoma neomi neomia neomie neon nepheli nephi nepomuk neptune nepumuk nera
nerea nereida nereyda nergis nergiz neri neria neriah neriman nerina neris nerissa neriyah nerma nermeen
nermin nermina nero neron nerses nery nerys nesa nese nesha nesibe nesil nesim neslihan neslisah nesly nesma
nesreen nesrin nessa nessim nessma nesta nestor neta netanel nethanel nethra netta nettie neva nevada nevaeh
nevaeha nevan neve nevea neveah neven nevena nevenov nevi nevia neville nevin nevine nevio nevis nevo nevra
nevresa nevzat newell newman newroz newt newton ney neya neyda neyla neylah neylan neylani neymar neysa nezar
nezir nga ngai ngan nganga nghi nghia ngo ngoc ngozi ngozichukwu ngugi nguyen nguyet nha nhan nhat nhi nhien
nhu nhung nhuy nhyira nhyiraba ni nia niah nial niala niall niam niamh nian niana niara nias niasia niayesh
niaz nibal nibras nic nica nicanor nicco niccole niccolo niche nichele nichelle nichol nichola nicholai
nicholas nicholaus nichole nicholes nicholette nicholis nicholle nicholos nichols nicholus nick nickalas
nickan nickelas nickey nicki nickie nickita nicklas nicklaus nickles nicko nickolas nickolaus nickole nicky
niclas niclaus nico nicodemus nicol nicola nicolaas nicolae nicolai nicolaos nicolas nicolasa nicolau nicolaus
nicole nicoleta nicoletta nicolette nicolina nicoline nicolino nicolle nicollette nicolo nicos nicte nida
nidal nidanur nidhi nidia nieke niel niela nielas niels niem nienke niesha nieve nieves nigel nigeria nihad
nihal nihan nihat nii niilo nija nijah nijaz nijme nik nika nikan nikas nikaya nikayla nike nikela niketh
nikeya nikhil niki nikia nikias nikifor nikisha nikita nikitas nikitic nikiticna nikitovna nikiya nikka nikki
nikkia nikkie nikkita nikko nikkole niklaas niklas niklaus niko nikodem nikodemus nikol nikola nikolaas
nikolaev nikolaeva nikolaevic nikolaevna nikolai nikolaj nikolaos nikolas nikolaus nikolay nikolayeva
nikolayevic nikole nikoleta nikolett nikoletta nikolette nikoli nikolija nikolina nikoll nikolle nikolos
nikolov nikolova nikoloz nikon nikos nikunj nil nila nilah nilaja nilam nilan nilani nilas nilay nilaya nilda
nile niles nilesh nili nilia nilla nilo nilofar niloofar nilou niloufar nils nilsa nilson nilsson nilsu
nilufar nilufer nilya nim nima nimah nimai nimar nimco nimer nimesh nimet nimit nimo nimra nimrat nimrod nimue
nina nine ninel ninetta ninette ninfa ning nini ninia niniola ninja nino ninon ninus nio niobe niobi nioh
niomi nion nir nira niran nirel nirina nirja nirmal nirmala niro nirushan nirvaan nirvair nirvan nirvana nis
nisa nisaa nisan nisanur nisar nisha nishan nishant nishina nishita nishka nisreen nisrin nissa nissi nissim
nissrin nita nitai nitara nithya niti nitin nitya nitza niusha niv niva nivaan nivan nivea niveditha niven
nives nivia nivin niwan nixie nixon niya niyah niyan niyana niyati niyayesh niyaz niyazi niyema niyon nizam
nizar nizhoni njambi njau njeri njoki njord njoya nkechi nkem nkemjika nkosi nkrumah nnaemeka nnamdi nneka
nnenna nneoma noa noach noah noah-alexander noah-elias noah-finn noah-joel noah-liam noal noam noami noan noar
noble nobu noctis nodin noe noee noel noela noelan noelani noeli noelia noelie noell noella noelle noellie
noely noem noema noemi noemie noemy noey noga noh noha nohan nohea nohely nohemi noi noir nojus nola nolan
nolana noland nolawi nolberto nolen noli nolia nolyn noma noman nomar nomi nona nonah noni nonie nonna nonnie
nono nooa nooh noomi noon noor noora noorah nooreen noorhan noori nor nora noraa norah noralee noralie noran
norbert norberto norbu nordin nore norea noreen norelia norell norene nori noria noriel norik norika noriko
norin norina norine norita norm norma norman normand normen norna norris norton norval norvel norvell norvin
norwin norwood nory nosa nosakhare nosson notnamed nouf nouh nouha nouhad nouhaila nour noura nourah nouran
noureddine nourhan nouri nouria nova novae novah novak noval novalee novalie novan novella november novi
novica nox noy noya noyan nozomi nu nuala nuam nuar nubaid nubia nuel nuh nuha nuhad nuhamin nuka numa numan
numi nuna nuno nunzia nunziata nunzio nuoyi nupelda nur nura nurah nuran nuray nurbanu nurcan nureddin nureen
nurettin nurgul nurhan nurhayat nuri nuria nuriah nuriel nurija nurit nuriye nursel nursena nursin nurten
nurul nurullah nury nusaiba nusaibah nusayba nusaybah nusrat nusret nuvia nuzhat ny nya nyah nyala nyambura
nyamekye nyan nyara nyarko nyasha nyasia nycole nydia nye nyema nyesha nyia nyima nyisha nyjah nykia nyla
nylah nyle nyles nylo nymeria nyna nyoka nyomi nyota nyra nyree nyria nysa nyssa nyx nzinga oak oaklee
oakleigh oakley oaklyn oaklynn oana oanh oba obada obadiah obafemi obai obaida obay obed obeng oberon obert
obi obiajulu obianuju obichukwu obie obinna obiora obrempong obrian ocean oceana oceane oceania oceanne ocie
octave octavia octavian octaviano octavio octavious octavius october od oda odai odalis odalys oday oddie ode
odean odeh odelia odell odella oden odera odessa odessia odessie odett odetta odette odia odie odile odilia
odilie odilo odilon odin odina odis odo odus oduwa ody odyn odysseas odysseus odyssey ofek ofelia ofori ofri
ofure ogden ogechi ogeday oghenemine oghenetega oghogho oghoghosa oghomwen oghosa oglu ognjen ognyanov
ognyanova oguz oguzhan ohana ohemaa ohene oheneba ohm oihane oisin oiva ojas ok okan oke okechukwu okey
okikiola oksana oktavia oktay ola olabisi olabode olachi oladele oladimeji olaedo olaf olajide olajuwon
olakunle olalekan olamide olamilekan olamiposi olan olando olanna olanrewaju olasunkanmi olatunji olav olavi
olawale olaya olayinka olden ole olea olean oleander oleg olegivna olegovic olegovna oleh olehivna olek
oleksandr oleksandrivna oleksandrovic oleksandrovna oleksiiovic oleksiivna oleksijovic oleksiy olen olena
olene olesia olesya oleta oletha olevia olga olha oli olia oliana olias olida olie olif olimpia olin olina
olinda oline olisa oliv oliva olive olivea oliver olivera oliverio olivette olivia oliviah olivier olivine
oliwia oliwier olla olle olli ollie ollin olliver olly olman olmo olof olsen olu oluchi olufemi olufunke
olufunmilayo olumide oluwabukunmi oluwadamilare oluwadamilola oluwadara oluwadarasimi oluwademilade
oluwadunmininu oluwafemi oluwaferanmi oluwafifehanmi oluwafolajimi oluwafunmilayo oluwajomiloju oluwakemi
oluwakorede oluwalonimi oluwamayomikun oluwamayowa oluwanifemi oluwapelumi oluwasegun oluwasemilore oluwaseun
oluwaseyi oluwaseyifunmi oluwatamilore oluwatimilehin oluwatimileyin oluwatobi oluwatobiloba oluwatofunmi
oluwatomi oluwatomisin oluwatoni oluwatoyin oluwayemisi olvia olwen olya olympia olyvia om oma omar omari
omarian omarion omaris omayma omayra omed omeed omega omeir omer omercan omid omie omkar omnia omolara omolola
omondi omotayo omotola omoyemwen omran omri omur ona onalee onawa onda onder ondine ondra ondrea ondrej one
oneal oneda oneida oneil oneita oneka onel onella onesimo oneta ong oni onie onika onita onix onna onni onnie
onno onofrio onora ontario onur onyah onyedikachi onyekachukwu onyinyechi onyinyechukwu onyx oona oonagh opal
opeyemi ophelia ophelie ophilia ophir opie opoku oppong optimus or ora oral oralee oralia oran orange orazio
orbie orel orelia orelie orell oren orene oreofeoluwa oreoluwa orest oreste orestes orestis oretha orfeas
orfeo orges orhan ori oria oriah orian oriana oriane orianna orie oriel orielle orik orin oriol oriole orion
oris oriya orkhan orkun orla orlaith orlan orland orlanda orlando orlean orlena orli orlin orlinov orlinova
orlo orly orma orman ormond ornella oron orpha orpheus orquidia orren orrie orrin orris orson ortis ortiz
ortwin orva orval orvel orvil orville orvin orvis orwa ory oryan oryn osa osagumwenro osahenoma osahenrumwen
osahon osaid osaivbie osakioya osakpolor osama osamah osamudiamen osaretin osariemen osaro osaruese osarugue
osarumwense osas osasere osasogie osatohamwen osawese osawonamen osayantin osayemwenre osayuki osayuwamen
osaze osazee osbaldo osborn osborne oscar osceola ose osee osei oshea oshiomegie osian osie osiel osifo
osinachi osiris oska oskar oskari oslo osman osmar osmo osmund ossama ossian ossie ostap ostara osten ostin
osvaldo oswald oswaldo oswin otavio otelia otello otger otha othel othella othello othilie othman othmar
othniel otho othon otieno otila otilia otilie otis otman otoniel otso otta ottavia ottavio otti ottie ottilia
ottilie ottis ottmar otto ottokar ottomar ouais ouida oumar oumou ourania oury ousman ousmane oussama ova oval
ove overton ovi ovid ovidio ovie ovis oviya owais owe owen owens owusu owyn oxana oya oyindamola oyinkansola
oyinlola oyku oz ozair ozan ozay ozcan ozell ozella ozge ozgur ozias ozie oziel ozil ozioma ozkan ozkar ozlem
oznur ozzie ozzy pa paavo pablo pace pacey pacha paco paddy paden padma padme padmini padraic padraig paeton
paetyn page pai paige paikea paislee paisleigh paisley paiten paiton paityn paizlee paizley pajtim pak pal
pala palani palestine palina pallas pallavi palma palmer palmira paloma pam pamala pamela pamelia pamella
pamila pamina pamir pamla pamuk pamula pan panagiota panagiotis pancho panda pandora pang panka panos pansy
pantaleon pantelis panthea paola paolina paolo papa paquita par paradise parag paralee paras paraskevi pardeep
pares parham pari paria paridhi parin paris parisa parish parissa parizoda park parke parker parks parla
parley parmida parminder parmis parnell parnika parris parrish parry pars parsa parth parthenia parthina
parvaneh parvati parvin parvina parys pasa pascal pascale pascha paschal pascual pasha paskal pasqual pasquale
pasqualina passion pat patience patra patrecia patric patrica patrice patricia patricie patricija patricio
patrick patrik patrina patrisha patrisia patrizia patrizio patrycia patrycja patryk patsey patsie patsy
patterson patti pattie patton patty pau paul paul-luca paul-luis paula paule pauleen paulene pauletta paulette
pauli paulia paulien paulin paulina pauline paulino paulinus paulita paulius paulo paulos pauls paulson paulus
pavan pavel pavle pavlina pavlinova pavlivna pavlo pavlos pavlov pavlovic pavlovich pavlovna pawan pawel pax
paxton paxtyn payal payam payden payge payman payne payson payten paytin payton paz peace peaches pearce pearl
pearla pearle pearlean pearlene pearley pearlie pearline pearly pearson pebbles pecola peder pedram pedro peer
peet peg pegah peggi peggie peggy pei peighton pekka pela pelagia pele pelia pelin pella pelle pellegrino pema
penda pendo penelope peng peniel penina penisimani penn penney penni pennie penny penthesilea peony pep pepa
pepe pepi pepin pepita peppa pepper peppi peppina peppino peppy per pera percell percilla percival percy
peregrin peregrine perel perez perfecto peri perihan peris perl perla perle perley perlie permelia pernell
pero perpetua perri perrin perrine perry persephone perseus pershing persia persis peru pervis perwin pessy
petar pete petek peter peterson petimat petja petkova petr petra petrea petrick petrina petrivna petro
petronella petronilla petros petrov petrova petrovic petrovna petru petrus petter petunia petya petyova peyam
peyten peyton phaedon phaedra pham phan phantasia phanuel pharaoh pharell phares pharez pharoah pharrell phat
phebe pheby phelan phelia phelicia phelina pheline phelix phenix pheobe pheonix pherenike phi phia phibie
phiby phidias phil phila philbert phileas philemon philena philia philian philias philibert philicia philin
philina philine philip philipa philipe philipp philippa philippe philippina philippine philippos phill phillip
phillipa phillipe phillipp phillippa phillippe phillips phillis philo philomena philomene philomenia philomina
philou phin phine phineas phineus phinn phinnaeus phinneas phiona phoebe phoenix phoenyx phong phu phuc phung
phuoc phuong phylicia phylis phyliss phyllis phylliss phynix pi pia pia-marie pia-sophie pico piera pierce
pierina piero pierra pierre pierrette pierrot piers pierson piet pieter pietje pietro pilar pilou pina pinar
pinchas pinchus pincus pinelopi ping pink pinkey pinkie pinkney pinky pino pio piotr pip piper pippa pippi
pippilotta pippin pirmin piroska pit pitt pius pixie piya pjotr placido plamen plamenov plamenova platon pleas
pleasant pleasure plum pluma pnina po pol pola polat poldi polina polixeni polli pollie pollux polly pollyanna
polo ponciano pontus pooja poonam pooya poppy porcha porche porchia porfirio porscha porsche porsha porshia
porter portia posey poul pouya powell poyraz prabhjot prabhleen prabjot pragyan praise prakash pranav pranavi
pranika pranshi pratham pratik pratyusha precieux precilla precious predrag preet preeti prem prema premtim
prentice prentis prentiss prescilla prescott preslee presleigh presley preslie pressley presten prestin
preston prestyn pria priam price pricila pricilla priestly prim prima primitivo primo primrose primus prince
princella princesa princess princessa princesse princeten princeton printesa prinz prisca priscella priscila
priscilla priscille prisha prisila prisilla priska prissila pritam prithvi priya priyah priyanka priyanshi
progress prometheus promise prosper prospero providence prudence pryce psalms puck puja pullen punktchen
purity purnell purvis pusat putra putri pyper qadir qais qamar qasem qasim qassam qassim qays qaysar qi qian
qiana qing qinghe qizi quade quadir quaid quan quanda quanesha quang quanisha quanita quantez quashawn que
queen queena queenie quenten quentin quenton querida quest quetzal quetzalcoatl quetzalli quiana quianna
quigley quin quince quincey quincy quinlan quinn quint quinta quintavious quintella quinten quintez quintin
quintina quinto quinton quintus quirin quita quoc quorra quran qusai qusay qussai quy quyen quynh ra raad
raaed raaga raahi raaid raam raana raanan rabab raban rabea rabecca rabee rabi rabia rabie rabih rabija rabiya
race racer rachael rachal racheal rachel rachele rachell rachelle rachid rachmiel racine racquel rada radames
rade radeen radek radev radford radha radhika radhya radi radia radie radin radley radmila radomir radoslav
radoslavov radoslavova radost radostin radostina radostinov radu raduan radwa radwan rae raeann raeanna
raeanne raechel raechelle raed raeed raees raef raeford raegan raegen raekwon rael raelee raeleen raeleigh
raelene raelin raelle raelyn raelynn raelynne raena raeven raevyn raewyn rafa rafael rafaela rafaella rafaelle
rafaelo rafail rafailia rafal rafan rafat rafay rafe rafeal rafel rafet raffael raffaela raffaele raffaella
raffaello raffi raffie rafi rafia rafid rafif rafik rafiq ragad ragan ragen raghad raghav ragna ragnar ragnarr
raha rahaf rahama rahat raheel raheem raheim rahel rahela rahf rahib rahiem rahil rahim rahima rahime rahini
rahja rahma rahmah rahman rahme rahmel rahmi rahmin rahn rahsaan rahsan rahul rahyl rai raia raian raiana raid
raiden raif raifa raife raiford raigan raihan raihana raija raik raika raiko railey railyn railynn raim raima
raimon raimond raimondo raimund rain raina rainbow raine rainee rainer rainey rainha rainie rainier rainn
rainy raisa raissa raiyan raiyana raiza raizel raizy raj raja rajaa rajab rajah rajan rajana rajeev rajen
rajendra rajesh rajiv rajko rajon rajuan rajveer rajvir raka rakan rakeem rakel rakesh raketa rakete rakia
rakim rakiya raksha raleigh ralf ralph ralston raluca ram rama ramadan ramah raman ramana ramata ramatou
ramatoulaye ramatu ramazan ramazanovic rambo rameen ramel ramesh ramey ramez rami ramia ramida ramie ramil
ramin ramina ramir ramirez ramiro ramis ramisha ramiyah ramiz ramiza ramla ramlah ramo ramon ramona ramond
ramone ramonita ramos ramses ramsey ramtin ramy ramya ramzan ramzanovic ramzanovna ramzes ramzi ramzy ran rana
ranaa ranae rance rand randa randal randall rande randee randeep randel randell randi randie randle randol
randolf randolph randon randy rane ranee raneem ranel ranger rani rania raniem ranim ranin ranisha raniya
raniyah ranja ranjit ransom ranveer ranvir ranvit rany ranya rao raon raonar raoof raouf raoul rapha raphael
raphaela raphaella raphaelle rapheal raquan raquel raquelle rares ras rasa rasan raschid rasean raseel rasha
rashaad rashaan rashad rashan rashanda rashard rashaud rashaun rashawn rashed rasheda rasheed rasheeda
rasheedah rasheem rasheen rashel rashell rashelle rashid rashida rashiya rashmika rashod rashon rashonda
rashun rasida rasim rasima rasmus rassan rassoul rassul rasul rasulovic rasulovna rateel ratibor ratil ratko
ratmir rauad rauan rauda raudel rauf rauha raul rauni rava ravan raven ravenel ravenna ravi ravin ravindra
raviv ravon ravyn ravza rawa rawad rawan rawda ray raya rayaan rayah rayan rayana rayane rayann rayanna
rayanne rayburn rayce raychel raychelle rayden raye rayen rayetta rayfield rayford raygan raygen rayhan
rayhana rayk rayko rayla raylan raylee rayleen rayleigh raylen raylene raylin raylon raylyn raylynn rayma
rayman raymen raymon raymond raymonde raymondo raymone raymound raymund raymundo rayn rayna raynaldo raynard
rayne raynell rayner raynette raynold raynor raynov rayo rayonna rayquan raysa raysean rayshaun rayshawn
rayshon rayvan rayven rayvon rayya rayyan raza razafimbelo razak razal razan raziel razin raziye rea read
reagan reagen reaghan rean reana reanna reanne reatha reather reba rebbeca rebbecca rebeca rebecca rebeccah
rebecka rebeckah rebeka rebekah rebekka rebekkah rebel rebelle reber rebin recai recardo recep rechel rechelle
reco red reda reddy redford rediet redmond redon redwan redzheb redzhebova reece reed reef reegan reem reema
reena rees reesa reese reetal reeva reeve reeves refael refik refugia refugio regan regena regenia reggie
reghan regina reginae reginal reginald regine reginia regino reginold regis rehaan rehab reham rehan rehema
rehman rehmat rei reid reign reik reika reiko reiley reili reilly reily reimund rein reina reinald reinaldo
reine reiner reinhard reinhardt reinhart reinhold reino reis reita reja rejan rejana rejane rejhana rejjan
rejoice reka reko rela relda relia rella rem rema remas rembert rembrandt reme remi remie remiel remigia
remigio remigius remington remo remona remus remy remzi ren rena renad renada renae renald renaldo renan
renard renardo renas renat renata renate renato renatus renaud renay renda rendell rene renea renee renel
renell renesmee renetta renette reni renia renie reniel renisha renita renli renna renne rennee rennie renny
reno renu renwick renya renzo reo reola reon reona resa resat resi resit ressa ressie resul reta retag retage
retaj retal retha reto retta reuben reubin reuel reuven reva revan revere revin revonda rewan rex rexford
rexhep rey reya reyaan reyad reyah reyan reyansh reyes reyhan reyhana reyhanov reyk reyli reymond reymundo
reyna reynaldo reynard reyner reynold reynolds reyyan reza rezan rezwan rhea rheagan rheanna rheba rhema rhena
rheta rhett rhetta rhian rhiana rhianna rhianne rhiannon rhiley rhoda rhodes rhona rhonda rhone rhyan rhyder
rhydian rhylan rhylee rhys rhythm ria riaan riad riah rian riana riane riann rianna rianne riano rias riaz
ribal ric rica ricard ricarda ricardo ricca riccardo ricci ricco rich richa richard richarda richardo
richardson richele richelle richi richie richman richmond richy rick ricka rickard rickardo rickey ricki
rickie rickson ricky rico rida ridaan ridan riddhi riddick rider ridge ridha ridhaan ridley riduan ridvan
ridwan rie rieka rieke riel rielle riem rifat rifka riga rigel riggs rigo rigoberto rihaan rihab riham rihan
rihana rihanna rija rijad rijon rik rika rikardo rike riker riki rikka rikki rikku riku rikus rilea rilee
rileigh riley rilind rilla rilyn rilynn rim rima rimas rimaz rimi rin rina rinad rinaldo rinas rinda rinesa
ringo rinnah rino rinoa rinor rio rion riona riot ripal ripley risa rise risha rishaan rishab rishabh rishan
rishi rishik rishitha rita ritaj rital ritchard ritchie ritchy ritha rithika rithvik riti ritika rito rittal
ritwik ritzy riu riva rivaan rivan river rivers rivka rivkah rivky rix rixa riya riyad riyadh riyan riyana
riyanna riyansh riyanshi riyaz riza rizal rizgar rizwan rj ro roa roaa roald roan rob roba robb robbert robbi
robbie robbin robby robbyn robel roben robena rober robert roberta robertha robertina robertine roberto
roberts robet robi robie robin robina robinette robinson roby robyn robyne robynn robynne roc rocco roch
rochel rochele rochell rochelle rochus rocio rock rocket rockey rockford rocki rockie rocko rockson rockwell
rocky rod roda rodaina rodd roddrick roddy rodell roderic roderich roderick rodger rodgers rodi rodin rodina
rodion rodja rodman rodney rodolfo rodrick rodrigo rodrigue rodrigues rodriguez rodrik rodriquez rody roe roee
roel roen roena rogan rogelio rogene roger rogerio rogers rogina rogue roha rohaan roham rohan rohat rohi
rohin rohini rohit rohman roi roise roisin roj roja rojan rojat rojava rojbin rojda rojelio rojhat rojin rokas
rokaya rokeya rokhaya rokia rokko roko roksana rola rolan roland rolanda rolande rolando rolene rolex rolf
rolfe rolla rolland rollie rollin rollo roma romain romaine romaisa roman romana romance romane romani romania
romanivna romano romanovic romanovna romanowna romanus romario romayne rome romel romelia romell romello
romelo romeo romer romero romi romie romil romina romir rommel rommie rommy romona romuald romualdo romulo
romulus romy romyna ron rona ronahi ronak ronal ronald ronaldo ronan ronda rondal rondale rondall rondell
rondi roneisha ronel ronell ronelle ronen ronesha ronetta ronette roney rong roni ronia ronica ronika ronin
ronisha ronit ronita roniya ronja ronn ronna ronnald ronnell ronnette ronney ronni ronnie ronny ronold ronon
rony ronya rook rooney roos roosevelt roqaya roque rori rorie rorik rory ros rosa rosabel rosabella rosabelle
rosalba rosalea rosalee rosaleen rosaleigh rosalene rosali rosalia rosalie rosalien rosalin rosalina rosalind
rosalinda rosalinde rosaline rosalino rosalio rosalita rosalva rosaly rosalyn rosalynn rosamaria rosamond
rosan rosana rosann rosanna rosanne rosaria rosario rosary rosaura rosco roscoe rose roseann roseanna roseanne
rosebud rosel roselee roselia roselie roselin roseline rosella roselle rosellen roselyn roselynn rosemarie
rosemary rosemond rosen rosena rosenda rosendo rosenov rosenova roser rosetta rosette rosevelt rosey rosha
roshan roshanda roshani roshaun roshawn roshell roshelle roshni roshonda roshunda rosi rosia rosie rosiland
rosilyn rosin rosina rosine rosio rosita rositsova roslin roslyn roslynn rosmarie rosna ross rossana rossella
rossi rossie rosslyn rossy rostam rostislav roswell roswitha rosy rotem roth roua rougui rouguiatou roukaya
roul rouven roux rovan rovena rovin rowan rowdy rowen rowena rowland rowyn roxana roxane roxann roxanna
roxanne roxas roxette roxie roxsana roxy roy roya royal royale royalty royan royce royden royem roza rozalia
rozalyn rozanne rozelin rozell rozella rozelle rozerin rozetta rozev rozeva rozlyn rozlynn rozsa rozyn rron ru
rua ruaa ruairi ruan ruba rubab ruban rubani rubbie rube ruben rubi rubie rubin rubina rubio ruby rubye ruca
ruchama ruchi rudaina ruddy rudell rudhra rudhran rudi rudie rudiger rudolf rudolfo rudolph rudra rudy rudyard
rue rueben ruel ruffin ruffus rufina rufino rufio rufta rufus ruger ruhama ruhan ruhani ruhi rui ruiqi ruiz
ruka rukaiya rukaya ruken rukiya rukiye rula rulon rumaisa rumaldo ruman rumaysa rumejsa rumen rumenov
rumenova rumer rumeysa rumi rumina rumo rumyana rumyanaeva rumyanov rumyanova runa runar rune ruoxi rupa
rupert ruperto ruqaiya ruqaya ruqayya ruqayyah rurik rush rushil ruslan ruslana ruslanovic ruslanovna russ
russel russell rustam rustamovic rustamovna rustan rustem rustin rustina ruston rusty rut ruta rutger ruth
rutha ruthann ruthanna ruthanne ruthe ruther rutherford ruthie ruthy rutva rutvi ruven ruveyda ruvim ruwaida
ruwayda ruwen ruweyda ruya ruza ruzgar ruzhdi ruzica ry rya ryad ryah ryan ryana ryane ryann ryanna ryanne
ryatt ryden ryder rye ryen ryhana ryken ryker ryla rylan ryland rylea rylee rylei ryleigh rylen ryley ryli
rylie rylin rylyn rylynn ryma ryne ryo ryoma ryon ryszard ryu ryuki ryusei ryuu ryver sa saad saada saadet
saadia saaid saaliha saalim saam saamiya saana saanvi saara saaral saarim saavi saayan saba sabah sabahudin
sabali saban sabas sabastian sabbath sabe sabeeha sabeen sabella saben saber sabeth sabia sabian sabiha sabin
sabina sabine sabino sabir sabira sabit sable saboor sabra sabre sabreen sabreena sabrena sabri sabria sabriev
sabrin sabrina sabrine sabriya sabriye sabryna sabur sacha sachar sachi sachiko sachin sacir sada sadaf sadam
sadan sadat saddam saddie saddik sade sadee sadek saden sadena sadettin sadi sadia sadiah sadie sadik sadika
sadin sadio sadiq sadir sadiya sadiye sadra sady sadye saed saeed saeeda safa safaa safak safari safet safeya
saffiyah saffron safi safia safiah safiatou safija safin safina safir safira safiya safiyah safiye safiyya
safiyyah safouan safura safwan safwat saga sagan sagar sage sager sahal sahan sahana sahar sahara saharsh
sahasra saheb sahel saheli saher sahib sahid sahil sahin sahir sahira sahit sahr sahra sahraa sai said saida
saide saidi saidou saied saif saifan saifuddin saifulla saifullah saige saikou sailor saim saima saime saimi
saimon saina sainab sainabou saint saira saisha sait saja sajad sajan sajda sajed saji sajid sajida sajidah
sajjad sajra sakari sakaria sakariya sakariye sakeena saki sakia sakib sakima sakin sakina sakinah sakine
sakira sakura sal sala salaam salaar saladin salah salahaddin salahadin salahedin salahuddin salahudin salam
salamata salamon salamovna salar salazar saleem saleen saleena saleh saleha saleisha salem salena sali salia
saliah saliev salieva salif salih saliha salik salil salim salima salimata salimatou salina saliou salis
salisa salix saliya saliyah salko salli sallie sally sallyann sallye salma salmah salman saloma salome salomea
salomeea salomeia salomo salomon salsabeel salsabil salvador salvadore salvator salvatore salvina salwa saly
sam sama samaa samad samadhi samael samah samai samaira saman samanatha samanta samantha samantha-josephine
samanvita samar samara samarah samari samaria samaris samarth samatha samay samaya samba samed samee sameen
sameer sameera sameh samella samer samera samerah samet sametov sameul samhitha sami samia samiah samid samie
samiel samiera samih samiha samiir samija samil samim samin samina samir samira samirah samiro samita samiya
samiyah samma sammantha sammi sammie sammuel sammy sammye samo samoel samone samora samory sampson samra
samrat samrath samriddhi samridhi samsam samson samu samual samuel samuela samuele samuella samuiel samuil
samuilo samved samvel samwell samy samya samyah samyar samyra samyuktha san sana sanaa sanad sanae sanah sanai
sanam sanay sanaya sanaz sancar sanchez sanchit sancho sand sanda sande sandee sandeep sander sanders sandhya
sandi sandie sandis sandor sandra sandrea sandria sandrina sandrine sandro sandy sane sanel sanela sanem saner
sanford sang sani sania saniah sanija sanika sanin sanita saniya saniyah saniye sanja sanjan sanjana sanjay
sanjeev sanji sanjida sanjiv sanjuana sanjuanita sanna sannah sanne sanni sanny sansa santa santana santanna
sante santhiago santhosh santi santiago santian santiana santiano santijano santina santino santo santonio
santos santosh santosha sanvi sanvitha sanya sanyu sao saoirse saphia saphir saphira saphire sapna sapphira
sapphire saquan sara sara-maria saraa sarabeth sarafina sarah sarah-jane sarah-maria sarah-sophie sarahann
sarahi sarahy sarai sarajane sarala saralee saralyn saran saranda sarang saranna saranya saraphina saras
saraswati sarata sarath saray saraya sarayu sardar sardor sare sareena sarena sarenity sarfo sargun sari saria
sariah sariel sarika sarim sarina sarita sariya sariyah sarkis sarmad saro saron sarosh sarp sarra sarrah
sarrinah sartaj sarthak sarva sarwar sary sarya sasa sasan sascha sasha sashev sasheva sashia sasho saskia
sasuke satchel sathya sati satine sativa satomi satori satoru satria satsuki saturn saturnina saturnino satvik
satya saud saul saulo saundra sava savana savanah savanna savannah savas savash saveria saverio savi saviana
savin savina savino savinova savio savion savir savitri savo savon savva savvas sawana sawsan sawyer saxon
saxton saya sayali sayana sayani sayd sayde saydee saydie sayed sayen sayf sayfullah saygin sayhan sayid
sayler saylor saynab sayon sayra sayri sayuri scarlet scarlett scarlette schahd schahin scham schams schanel
scharlotte scheherazade scherry schilan schirin schlomo schmidt schneider schuyler schyler scipio scot
scotland scotlyn scott scotti scottie scotty scout se seaborn sead seah seamas seamus sean seana seanmichael
seann seanna season seba sebahat sebastiaan sebastian sebastiana sebastiano sebastien sebastijan sebastin
sebastion sebestian sebila sebrina secilia secret seda sedat seddoh sedef sedina sedna sedona sedonia sedra
sedric sedrick seela seema seena seerat sef sefa sefer seferino sefik sefika sefora segelke segen segundo
sehaj sehajpreet seham seher sei seid seidi seif seija seiji sein seinab seirra seiya sejal sejdi sejdo sejfo
sejin sejla sekani seker sekina sekou sela selah selahaddin selahattin selam selasi selassie selay selby
selcan selcuk selda seldon selen selena selenay selene selenia selenna seleste selestine seleyna selia seliana
selihom selim selima seliman selimanova selime selimhan selin selina selinay seline selini sella selly selma
selman selmer selmir selmira selva selver selvi selvin selwyn selyna sem sema semaj semanur semaya semere semi
semia semih semin semina semion semir semira semjon semora semova semra sems semsi semyan semyon sen sena
senad senada senai senaid senaida senait senan senanur senay senaya sencer senda sendi sendy seneca senem seng
senga sengul senia senija senja senna sennett senol senora sensi senta senyah seojin seojun seon sepehr
sephina sephora sepideh sepp seppo september sequoia sequoyah sera serafim serafima serafin serafina serafine
serafino serah seraj seran serap seraphim seraphin seraphina seraphine serapio seras seray sercan serdar
sereen seref sereia serel seren serena serenay serene sereniti serenity seretha serge sergeevic sergeevich
sergeevna sergei sergej sergejevic sergejewna sergen sergey sergi sergiivna sergijovic sergio sergiu serhad
serhan serhat serhiiovic serhiivna seri serif serife serigne serin serina serinity serita serjio serkan
sermiyan serpil serra sertac sertach sertan servan servando servet servin serwaa serwaah serwah serwan serzan
sesilia seta setara setareh setayesh seth setsuko seva sevak seval sevan sevara sevastian sevcan sevda
sevdalin sevdalina sevdalinov sevdalinova sevde sevdin sevdov sevdzhan seve sevel seven sever severiano
severin severina severine severino severinov severinova severo severus sevgi sevgin sevi sevil sevilay sevim
sevin sevinc sevinch sevket sevki sevval sevyn sewar seward seweryn seyd seyda seydi seydina seydou seyed
seyedeh seyfi seyfullah seyhan seyid seyit seyithan seyma seymen seymour seynabou seyon seyran seyyid sezai
sezair sezen sezer sezgin sezginova sha shaad shaam shaan shaarvi shaban shabanova shabnam shachar shad shada
shadae shadan shade shaden shadi shadia shadie shadiya shadonna shadow shadrach shadrack shadrick shady shadya
shae shael shaela shaelyn shaelynn shaena shafia shafik shafin shaft shaghaf shah shahaan shahad shahan
shahana shahar shahd shahed shaheed shaheem shaheen shaheer shahem shaher shahi shahid shahida shahin shahir
shahira shahla shahm shahmir shahn shahnawaz shahnaz shahram shahrukh shahzad shahzain shai shaian shaida
shaikh shaila shailene shailyn shaima shaimaa shain shaina shainah shaindel shaindy shaine shaira shaiya shaka
shakar shakara shakayla shaked shakeel shakeela shakeem shakeema shakeena shaker shakera shakeria shakeya
shakia shakila shakima shakina shakir shakira shakirah shakita shakiya shakti shakur shakyra shala shalana
shalanda shalaya shalee shaleen shaleena shalem shalena shalene shalev shaley shalia shalima shalimar shalin
shalina shaline shalini shalisa shaliyah shallon shally shalom shalon shalonda shalyn shalynn sham shama
shamain shamal shamar shamara shamari shamaria shamaya shambhavi shameeka shameika shameka shamekia shamel
shamia shamiah shamica shamika shamil shamina shamir shamira shamita shamiya shamiyah shamma shammah shamon
shams shamus shamya shamyra shan shana shanae shanan shanay shanaya shanaz shanda shandell shandi shandon
shandra shandy shane shanea shanee shaneika shaneka shanel shanell shanelle shanequa shanese shanetta shanette
shani shania shaniah shanice shaniece shanika shaniqua shanique shanise shanita shaniya shaniyah shanley
shanna shannah shannan shannel shannen shanniya shannon shannyn shanon shant shanta shantae shantal shantavia
shantay shante shantel shantell shantelle shanteria shantha shanthi shanti shantia shantrell shanty shanvi
shanya shanyce shanzay shaqir shaquan shaquana shaquanda shaquanna shaquilla shaquille shaquita shara sharae
sharaf sharan sharay sharayah sharbel sharda shardae sharday sharde sharee shareef shareen shareese shareka
sharell sharelle sharen sharena sharene sharese sharhonda shari sharia shariah sharice sharie sharif sharifa
sharifah shariff sharika sharilyn sharina sharion shariq sharise sharissa sharisse sharita shariya sharla
sharlayne sharlee sharleen sharleez sharlene sharlet sharlize sharlotte sharlyn sharmaine sharman sharnell
sharod sharol sharolyn sharon sharona sharonda sharone sharri sharrie sharrod sharron sharry sharvi shary
sharyl sharyn shasa shashi shashwat shasta shatara shatavia shatha shatia shatoria shatoya shaul shaun shauna
shaunda shaundra shaune shaunice shaunna shaunta shauntae shaunte shauntel shaurya shavon shavonda shavonna
shavonne shaw shawana shawanda shawanna shawkat shawn shawna shawnda shawndra shawne shawnee shawnette shawnie
shawnna shawnta shawntae shawntay shawnte shawntel shawny shay shaya shayaan shayan shayana shayden shaye
shayenne shayla shaylah shaylan shaylee shayleen shayleigh shaylen shaylene shaylie shaylin shaylyn shaylynn
shayma shaymaa shayn shayna shayne shaza shazil shea shealyn shealynn sheana sheba shedrick sheel sheela sheen
sheena sheeva shehab sheherazade shehrazad shehryar shehzad sheikha sheila sheilah sheilla sheina shekinah
shela shelagh shelah shelba shelbee shelbey shelbi shelbie shelby shelda sheldon sheli shelia shelita sheliya
shella shelle shellee shelley shelli shellie shelly shelsea shelsy shelton shelva shem shema shemar shemeka
shemika shen shena shenandoah shenay sheneka shenell shenequa sheng shenika sheniqua shenita shenna shenol
shepard shepherd sheppard shequita sher shera sheralyn sheran sherard sheraz sheree shereen shereka sherell
sherelle sheren sherene sherese sheretha sheri sheria sherian sherica sherice sherida sheridan sherie sherif
sherifa sheriff sherika sheril sherill sherilyn sherin sherina sherine sherise sherita sherlene sherley
sherlin sherlock sherly sherlyn shermaine sherman sherod sheron sheronda sherra sherre sherree sherrel
sherrell sherri sherrie sherril sherrill sherrilyn sherrita sherrod sherron sherry sherrye sherryl shervan
shervin sherwan sherwin sherwood sheryl sheryle sheryll sheryn sheva shevaun shevin shey sheyanne sheyda
sheyenne sheyla sheyma sheyna shi shia shiann shianna shianne shiela shifa shifra shigeru shihab shila shilah
shilan shilo shiloah shiloh shilpa shima shimon shin shinda shine shinji shinna shinobi shintaro shinya shion
shiori shir shira shiran shiraz shiree shireen shirel shirelle shiri shirin shirl shirlee shirleen shirlene
shirley shirleyann shirlie shirly shiro shiv shiva shivaan shivaay shivam shivan shivani shivank shivansh
shivanshi shivay shivi shivon shiyan shizue shizuko shlok shloka shlome shlomo shmiel shmuel shneor sho shoaib
shogo shokat shoko shola sholom shoma shomari shon shona shonda shondra shonna shonta shontae shontay shonte
shontel shontell shoshana shoshanna shota shourya shraga shravya shray shree shreeya shreshta shrey shreya
shreyank shreyas shriya shriyaan shriyan shruti shu shuaib shuayb shubh shubhan shuhratbekovic shuichi shuji
shukri shukrona shulamit shulem shun shunda shunta shuyao shyam shyan shyann shyanna shyanne shyenne shyheim
shyla shylah shylee shylene shylo shyloh shyra si sia siad siam sian siana siane siani sianna sianne siar
siara siarra sias siavash siaw siba sibel sibeldzhan sibilla sibyl sibylla sibylle sicilia sicily sid sidad
sidak sidar siddarth siddhant siddharth siddhartha siddhi siddiq sidelya sidharth sidi sidiki sidnee sidney
sidon sidona sidonia sidonie sidra sidrah sidy siegbert siegfried sieglinde siegmar siegmund siegrid siem
siena sienna siera sierra sierrah siesta sifa sifat sigal sigfrid sigfried siggi sigi sigifredo sigismund
siglinde sigmar sigmund signe signy sigourney sigrid sigrun sigurd sigvard sihaam siham sihana siiri sikander
sila silah silan silas silena silia silian silias silin silina siliya silja siljan silka silke silla siloe
silva silvan silvana silvano silvanus silver silvere silverio silverius silvester silvestre silvi silvia
silvie silvieva silvija silvina silvio silvya sim sima simao simar simay simba simbarashe simcha simeon
simeonov simeonova simge simi simin simina simion simisola simmie simo simon simona simone simonetta simonne
simpson simran simren sina sinachi sinah sinai sinan sinanov sinay sincere sinclair sinda sindi sindri sindy
sine sinead sinem singh sinh sini sinia sinisa sinit sinja sinje sinkoun siobhan siomara sion siona sione
sioux siouxsie sipan sir sira siraaj sirac sirah siraj sirat sire sireen sirena siri sirin sirine sirio sirius
sirus sisilia sisley sissi sissy sista sister sisu sita sitara sitha siti siu siv siva sivan sivert siwan
siwar sixten sixto siya siyah siyam siyan siyana siyar siykova siyuan sjard sjon skadi skady skai skanda
skander skarlett skarlette skeeter skip skipper sky skye skyelar skyla skylah skylan skylar skylee skyleigh
skyler skylie skylin skylla skylor skylyn skylynn skyy slade sladjan sladjana slata slate slater slava
slavchev slavcheva slavi slavica slavisa slavko slavova slawa sleiman slim sloan sloane slobodan sly smail
smila smiljan smilla smita smith smriti smyrna sneha snezana snezhana snezhanov snezhanova snezhova snow so
soa soana sobeida sobhan sobhi socorro socrates soda sodbileg soe soel soey sofi sofia sofia-maria sofian
sofiane sofie sofiia sofija sofina sofiya sofiyah sofiyan sofja sofya sofyan sogand soh soha sohaib sohail
sohaila sohal soham sohan soheil soheila soheyl sohn sohra sohrab soi soila sojoud sokey sokhna sokol sol sola
solal solana solange solar solara solaris solay sole solea soledad solee solei soleil soleiman solen solena
solene solenn solenne soley soleyman soli solia soliha soliman solin solina soline soliyana solmaz solo
soloman solomia solomiya solomon solon solveig solveigh solvej solvejg solvi solyana solymar som soma somaya
somer somi somia sommer somnang somtochukwu somya son sona sonal sonali sonam sonata sonay sonda sondos sondra
sone sonea soner song songul soni sonia sonic sonica sonique sonita soniya sonja sonji sonjia sonke sonna
sonne sonni sonnie sonny sonora sonseeahray sontje sony sonya soobin soojin sookie sophan sophana sophi sophia
sophia-maria sophia-marie sophie sophie-charlotte sophie-louise sophie-marie sophina sophiya sophronia sophy
sophya sopie sora soraia soraida soraja soran soraya soren sorena soria sorin sorina soroush sorraya sory
sosuke sota sotaro sotero sotiria sotirios sou souad soufian soufiane soufyan souhail soukaina soul soula
souleyman souleymane soulin souline soumaya souren south souzan sovann sozdar sparkle sparrow spence spencer
spenser spike spiridon spirit spiro spiros sprague spring spurgeon spyridon spyros squire sra srdjan srecko
sree sreenidhi sreshta sri srinika sriram sriya st stacee stacey staci stacia stacie stacy stacye stafford
stamatia stamatis stan stana stanford stanimir stanimirov stanisa stanislaus stanislav stanislava stanislavov
stanislavova stanislavovic stanislavovna stanislaw stanka stanko stanley stanly stanton star stara starla
starlene starlet starlett starlette starlight starling starlyn starr stas stasa stasha stasia stav stavro
stavros stavroula stavya steel steele steen stefan stefana stefani stefania stefanie stefanija stefaniya
stefano stefanos stefanov stefanova stefany stefen steffan steffani steffanie steffano steffany steffen steffi
steffon stefka stefon stela stelian stelios stella stella-marie stella-sophie stellan stellar stellina sten
stepan stepanie stephaine stephan stephane stephanee stephani stephania stephanie stephannie stephany stephen
stephenie stephenson stephie stephine stephnie stephon stephone sterlin sterling stern stetson steva stevan
steve steven stevens stevenson stevi stevica stevie stevon steward stewart steysi stian stieg stig stiles
stina stine stipe stirling stiven stockton stoic stojan stone stonewall stoney stori storm stormi stormie
stormy story stoyan stoyanov stoyanova strahinja stratos stratton stryder stryker stu stuart stylianos su sua
suad suada suan suann suanne suar suara suat subeida subhan subhi subin subira subrina success sudais
sudarshan sude sudenaz sudie sue sueann sueda suela suellen sufia sufian sufjan sufyan suha suhad suhaib
suhail suhaila suhan suhani suhas suhayb suhaylah suheda suheil suheyb suheyl suheyla sui sujey sukaina
sukayna sukeyna sukhjot sukhleen sukhmani suki sukie sukran sukru sula sulaf sulaiman sulayman suleika
suleiman sulejman sulema suleman suleyman sulia suliman sulin sullivan sully sulo sultan sultana sultane suma
sumaia sumaira sumaiya sumaiyah sumaja sumalee sumana sumaya sumayah sumayya sumayyah sumea sumeja sumer
sumeya sumeyra sumeyya sumeyye sumi sumia sumiko sumin sumire summa summaya summer sumner sumya sun suna
sunaina sunay sundari sunday sundos sundra sundus sune sung suni sunia sunil sunisa sunita sunja sunjay sunje
sunna sunni sunnie sunniva sunny sunnye sunshine suong supriya sura suraiya suraj suraya surayah surayya sure
suree sureja suren sureya sureyya suri suria suriana surina suriya surveen sury surya susa susan susana susane
susann susanna susannah susanne suse susel susette susi susia susie susu susy sutton suvi suyana suyapa suzan
suzana suzane suzann suzanna suzannah suzanne suzanov suzelle suzette suzi suzie suzuko suzy suzzanne suzzette
svala svante svantje svara svea sveja sven svend svenia svenja svenson svensson sverre svetlana svetlanov
svetlanova svetlinov svetoslav svetoslavov svetoslavova sveva svilen svilenov swaantje swan swanhild swantje
swapnil swara swasti sway swayze sweet swen swenja swift swinda sy sya sybil sybilla sybille syble syd sydell
sydelle sydne sydnee sydnei sydney sydni sydnie sydra sye syed syeda syla sylar sylas syler sylia sylis sylke
sylus sylva sylvain sylvan sylvana sylvania sylvester sylvi sylvia sylvian sylvie sylvina sylvio sylwester
sylwia symantha symba symeon symon symone symphony syna syncere syniah synnove synthia syon syreeta syrena
syri syria syriah syriana syrus syuleyman syyeda szczepan szofia szymon ta taaha taalia taaliah taara taavi
tab tabassum tabata tabatha tabbatha tabbitha tabea taber tabetha tabita tabitha tabius tabor tacara tacy tad
tadao tadashi tadayoshi tadd taddeo taddeus tade tadea tadeas tadej tadeja tadeo tadeus tadeusz tadhg tae
taegan taelor taelyn taelynn taemin taeo taevon taeyang tafari taffi taffy taft tage taggart taghrid taha
tahan tahani tahar taheerah taher tahia tahiel tahina tahir tahira tahirah tahire tahiry tahiya tahj tahlee
tahlia tahlil tahmid tahmina tahnee tahni tahra tahreem tahseen tahsin tai taia taichi taiga taija taika taiki
tailer tailor tailyn tailynn taim taima taimi taimoor taina taio taira tais taisa taisha taisia taisija
taisiya taissa taissia tait taiwan taiwo taiya taiyari taiyo taj taja tajah tajana tajh taji tajo tajra tajuan
tajuana taka takahiro takara takashi takaya takayla takeisha takeo takesha takeshi takeya takia takim takira
takisha takiya takiyah takoda taksh taku takuma takumi takyi takyiwaa takyra tal tala talah talal talan talat
talay talaya talayah talbert talbot tale talea taleah taleb talee taleen taleesa talei taleia taleja talen
talena talesha talha tali talia taliah talib talicia talida talie talien taliesin taliha talik talim talin
talina taline talion talip talis talisa talise talisha talissa talita talitha taliya taliyah talla tallie
tallin tallon tallulah tally talmadge talmage talon talor talora talu talula talulah talvi taly talya talyah
talyn talynn tam tama tamaki tamala tamana tamanna tamar tamara tamarah tamarcus tamari tamaria tamarin
tamarion tamaro tamarra tamas tamasine tamatha tamatoa tamay tamaya tamba tambra tamea tameca tameeka tameem
tameika tameka tamekia tamela tameo tamer tamera tameria tamerlan tamerlanovic tamesha tameshia tami tamia
tamiah tamias tamica tamie tamieka tamika tamiko tamil tamila tamilo tamilore tamim tamin tamina tamino tamio
tamir tamira tamisha tamiya tamiyah tamlyn tammara tamme tammera tammes tammey tammi tammie tammo tammra tammy
tammye tamo tamon tamora tamra tamsin tamu tamy tamya tamyra tan tana tanaa tanae tanaja tanaka tanasha
tanasia tanasije tanav tanay tanaya tandi tandra tandy tane tanea tanee taneesha taneisha taneka tanem taner
tanesha taneshia tang tangela tangi tangie tani tania taniah tanica tanice tanida taniesha tanija tanika tanin
tanina taniqua tanis tanish tanisha tanishia tanishka tanishq tanit tanita tanith taniya taniyah tanja tanju
tank tanmay tanna tannaz tanner tano tanok tanush tanusha tanveer tanvi tanvika tanya tanyel tanyia tanzania
tanzie tanzila tao taos tapanga tapasya tapio taqi taquan taqwa tara taraf tarah taraji taralyn taran taraneh
taras tarasivna tarek tarell taren tarence tareq tari taria tariah tarian tarick tarig tarik tarin tarina
tarion tariq tarisa tariyah tarja tarje tarkan tarmo taro taron tarra tarrah tarrance tarrell tarren tarrence
tarris tarry tarryn tarsha taru tarun tarus tarvis taryn tarynn tasha tashana tashara tashaun tashauna tashawn
tashawna tashay tasheena tashi tashia tashika tashima tashina tasia tasja taslim tasman tasmia tasmin tasneem
tasniem tasnim tassilo tassnim tata tatanisha tate tatem tatia tatiana tatianna tatiyana tatiyanna tatjana
tatsu tatsuki tatsumi tatsuo tatum tatyana tatyanna tau taufik tauheed tauna tauno taunya tauras taurean
taurus tausha tava tavares tavaris tavarius tavarus tave taven taveon tavi tavia tavian tavie tavin tavio
tavion tavis tavish tavita tavon tavoris tawan tawana tawanda tawanna tawfik tawfiq tawhid tawna tawnee tawney
tawni tawnia tawnie tawny tawnya tay taya tayah tayana tayari taycan tayden taye tayem tayfun tayga tayjon
tayla taylah taylan taylar taylee taylen tayler tayler-jason taylin taylon taylor taylore taylour taylr taylyn
taylynn taym tayma taymour taymur tayna tayo tayra tayron tayseer taysha tayshaun tayshawn taysia taysir
tayson tayssir tayte tayten tayton taytum tayven tayveon tayvion tayvon tayyab tayyar tayyeb tayyip taz tazio
tchakounte te tea teagan teagen teaghan teague teah teaira teairra teal teala teana teanna teara tearra teasha
teasia tebbe techin tecumseh ted tedd teddi teddie teddy tede tedi tedra tedrick teegan teejay teela teemu
teena tegan tehila tehilla tehillah tehya teia teigan teigen teija teim teisha tej teja tejan tejas tejaswini
tejay tekin tekla teko tela telesforo telia telisa telisha tell telli telly telma telmo telsa telvin tema
temeka temenuzhkov temesgen temi temidayo temika temilade temiloluwa temir temitayo temitope temperance
tempest tempestt tempie temple templeton temuge temujin temur temuujin temuulen tena tenara tenaya tendai tene
teneka tenesha teneshia tengis tenia tenika tenille teniola tenisha tenley tenna tennessee tennie tennille
tennyson tenoch tenuun tenya tenzin teo teodor teodora teodoro teodorov teofil teofila teofilo teoman teon
teona teonna tequila tequilla tera terah teran terance tereasa terell terena terence teres teresa terese
teresia teresina teresita teressa teretha terez tereza terezia teri teria terica terika terilyn terin terina
terisa terje termaine tero teron terra terrace terrah terral terran terrance terre terrel terrell terrelle
terren terrence terresa terri terria terriana terriann terrica terrick terrie terrika terril terrill terrilyn
terrin terrion terris terron terry terryl terryn teryl teryn tesa teseo tesfa tesfaye tesha tesia tesla tesnim
tess tessa tessa-marie tessia tessie tessy testimony tetiana tetsuo teuta teva tevfik tevin tevis tevita tevon
tevy tewodros tex texas texie teya teyana teyanna teyler teym teymur teyo teyona thabea thabit thabo thach
thad thaddaeus thaddaus thaddeus thaddius thade thadeo thadeus thadeusz thaer thai thais thala thale thalea
thaleia thales thali thalia thalina thaliya thalya thamer than thana thanagorn thandiwe thando thane thang
thanh thania thanos thao thara tharon thatcher thayer thayne the thea theadora theadore thecla theda thede
thedore thees theia theis thekla thela thelbert thelda thelma thelonious thelonius themba themis theo theobald
theoderich theodin theodis theodor theodora theodore theodoro theodoros theodorus theodosia theofanis
theofilos theola theon theona theophil theophile theophilus theora theos theotis thera theres theresa therese
theresia theressa thereza therman thermon theron thersa theseus thessa theus theve theya thi thia thiago
thiara thibault thibaut thibo thida thiel thien thierno thierry thies thijs thilda thilde thilo thimothy thinh
thio thira thiseas tho thoa thom thoma thomas thomasena thomasina thomasine thomes thommy thompson thomsen
thomson thomy thony thor thora thorald thoralf thoran thorben thorbjorn thordis thore thoren thorge thorian
thorin thorne thornton thorson thorsten thorvi thorwald thorwin thoryn threasa thresa thressa thu thuan thuc
thuong thuraya thure thurid thurman thurmon thurmond thurston thuy thy thyago thyler thyme thyra thyron tia
tiago tiah tiahna tialda tiam tian tiana tiani tianna tianne tiano tiar tiara tiaraoluwa tiare tiarnan tiarra
tiauna tiberias tiberio tiberius tibet tibi tibo tibor tichon tico tida tidiane tido tidus tien tiera tiernan
tierney tierra ties tiesha tieu tifani tifany tiffanee tiffaney tiffani tiffanie tiffany tiffeny tiffiany
tiffiney tiffini tiffiny tiffney tiffy tiga tiger tigran tihomir tihomirova tiia tijan tijana tijani tijara
tijda tijen tijuana tika tikhon tiki tikva tikvah til tila tilan tilda tilde tilden tilford tilia tilian tilio
till tilla tilli tillie tillman tillmann tilly tilman tilmann tilmon tilo tim tim-luca tima timara timber
timberly timea timeka timeo timeon timi timia timika timileyin timir timira timm timmie timmothy timmy timo
timofeevna timofei timofej timofey timofiy timon timonthy timotei timotej timoteo timothe timothee timotheus
timothey timothy timucin timur timurovna tin tina tinamarie tinasha tinaya tine tineke tinesha tinette ting
tinh tini tinie tinika tinisha tinka tinker tinko tinley tinna tinnie tino tinsley tinus tiny tio tion tiona
tionna tionne tiphaine tiphanie tiphany tippi tiquana tira tiras tirenioluwa tirian tiril tirrell tirza tirzah
tisa tish tisha tita titan titania titiana titilayo tito titus tius tivoli tiwatope tiya tiyam tiyana tiyanna
tizian tiziana tiziano tj tjaden tjado tjalda tjalf tjara tjard tjarden tjark tjarven tjell tjelle tjomme
tjorben tjore tjorven tjure tkeyah tlalli to toan tobbe tobe tobechukwu tobenna tobey tobi tobia tobiah tobias
tobiasz tobie tobijah tobiloba tobin tobit toby toccara tochukwu tod todd todor todorov toi toinette toivo
toja toka toke toki toko tokyo tol tola tolani tolbert toleen tolga tolgahan tollie tolulope toluwalase
toluwalope toluwani toluwanimi tom toma tomar tomas tomasa tomasita tomasz tome tomek tomeka tomekia tomer
tomi tomica tomie tomika tomiko tomiris tomislav tomiwa tomke tomma tommas tommaso tomme tommes tommi tommie
tommy tommye tomo tomoka tomoki tomomi tomov tomoya tomoyuki tomris tomte tomy ton tona tonalli tonantzin
tonatiuh tonda tondra tonette toney tong tonga toni tonia toniann tonie tonika tonio tonisha tonita tonja
tonka tonna tonnie tonny tony tonya tonye tonyia topanga toprak topsy tor tora toran torben tore toren torey
torge tori toria torian toriana toriano toribia toribio torie torin torrance torre torren torrence torres
torrey torri torrian torrie torrin torry torsten toru torunn torvi tory toryn tosa tosca toscha tosh tosha
toshia toshie toshiko toshio toshiro toto tou toufic touka toula toulin toure tova tovah tove tovi tovia towa
towana towanda towanna townes townsend toy toya toyia tra trace tracee tracey traci tracie tracy tracye trae
traevon trajan tram tramaine tramel tramell tran trang trapper traudel traute travell traven traveon travion
travis travon travor tray trayce trayton trayvon trayvone tre treasa treasure treavor trecia treena tremain
tremaine tremayne tremell trena trenda trenity trenna trent trenten trentin trenton trentyn trequan tresa
tresean tresha treshaun treshawn tresor tressa tressie treston treva trevan trevaughn trevell treven treveon
trever trevi trevian trevin trevion trevis trevon trevonte trevor trevyn trey treya treyson treyton treyven
treyvion treyvon tri triana trice tricia trieu trifon trijal trilby trim trina trine trinette trinh trini
trinidad trinidy trinitee triniti trinity trinton trion tripp trisa trish trisha trishan trishia trishika
triss trista tristan tristana tristen tristian tristin triston tristyn triton triumf triva trixi trixie troi
tron trond trong troy tru truc trude trudi trudie trudy true truett truitt trula truly truman trung truong
trust trustin truth trystan trysten trystin tryston tsambika tsambiko tsambikos tselmuun tsinat tsion tsubaki
tu tuan tuana tuba tucker tudor tue tuesday tufan tuff tugay tugba tugce tugra tugrul tugsem tuguldur tula
tulani tulay tulien tulin tulio tulip tullia tullio tully tulsi tului tumaini tuna tunahan tunay tunc tuncay
tuncer tuncher tunde tung tunisia tuong tupac turab tural turan ture turgay turgut turhan turi turkan turki
turna turner turquoise tusem tutku tuula tuuli tuulia tuvia tuya tuyen tuyet tvisha twain twan twana twanda
twanna twila twilla twyla ty tya tyana tyann tyanna tyara tyasia tyce tyche tycho tye tyee tyeisha tyesha
tyeshia tyga tyger tyiesha tyisha tyjuan tykeria tykia tyla tylah tylan tylar tyleah tylee tylen tyler
tyler-jason tyler-joel tylia tylin tylon tylor tylynn tym tymir tymon tymoteusz tyna tynan tyneisha tynesha
tyneshia tynia tynisha tyon tyonna tyquan tyr tyra tyrael tyrah tyran tyre tyrece tyree tyreece tyreek tyrees
tyreese tyreik tyrek tyreke tyrel tyrell tyrelle tyren tyres tyrese tyresha tyresse tyrian tyrice tyrie tyriek
tyrik tyrin tyrion tyriq tyrique tyris tyrome tyron tyronda tyrone tyronne tyrrell tyrus tysean tysen tysha
tyshaun tyshawn tyshon tyson tytan tytiana tytianna tytus tyus tyvon tywan tywana tywanda tywanna tywon
tzipora tziporah tzivia tzvi ubai ubaid ubaldo ubay ubayda ubejd ubong uche uchechukwu uchenna uda udai uday
udell udine udit udo udochukwu ufuk ugo ugochi ugochukwu ugonna ugur ugurcan uhsadel uhud uilliam ul ula ulan
ulas ulf uli uliana ulices ulises ulisses uljana ulku ulla ulli ullrich ulric ulrich ulrik ulrika ulrike
ultima ulugbek ulyana ulysee ulyses ulysse ulysses uma umai umair umar umarovna umay umayah umayma umberto ume
umer umeyr umi umit ummu umran umu umut umutcan una unai unal undine undra unejs unica unik unika unique unity
unknown unnamed uno unto ur ura ural urania uras uraz urban urbano urenna uri uriah urie uriel urielle urijah
urijovic uros urs ursa ursel ursula ursuline ursus urszula urwa usain usama usha usher usiel usman usmon uta
ute uthman utku utz uvaldo uveys uwais uwe uy uyen uygar uyi uyiosa uzair uzay uzeyir uziah uziel uzziah
uzziel vaani vaanya vache vaclav vada vaden vader vadim vadimovic vadimovna vadymovic vahagn vahan vahe vahid
vahide vahit vahram vaia vaiana vaibhav vaida vaidehi vaino vaishnavi vaitea vakhidovna vakkas val vala
valarie valbona valda valdemar valdez valea valeen valek valen valena valencia valencio valene valente
valentia valentijn valentim valentin valentina valentine valentino valentinov valentinova valentinovic
valentyna valenzio valera valeri valeria valerian valerie valeriia valerija valerijo valerio valerius valeriya
valery valerya valeska valeta valetta valev vali valia valicia valin valinda valla valle vallerie vallery
valli vallie valo valon valor valorie valrie van vana vanadis vance vanda vander vanderbilt vanellope vanesa
vanessa vanetta vanev vang vangie vani vania vaniah vanida vanilla vanille vanisa vanita vanity vanja vann
vanna vannesa vannessa vannie vanny vansh vanya vara varad varda vardan vardhan varian varinia varner varsha
varshini vartan varun varvara varya vasco vashawn vashon vashti vasia vasil vasile vasileios vasilena vasilev
vasileva vasili vasilia vasilija vasilije vasiliki vasilina vasilios vasilis vasilisa vasilivna vasiliy vasily
vasken vassie vassili vassiliki vassilios vassilis vasylivna vatan vaughan vaughn vaya vayda vaylen vayu vearl
ved veda vedaant vedad vedant vedanth vedat vedh vedha vedia veena veer veera veerle vega vegard vegas vegeta
veikko veit veith vela velda velena veli velia velibor velichkov velika velina velinda velizar veljko velko
vella velma velna velta velten velton velva velvet vena venancio vendetta venecia venessa veneta venetia
venetta venezia venia veniamin venice venisha venita venkata venna vennie venson ventsislavov ventsislavova
ventura ventus venus veola vera verba verda verdell verdi verdia verdie vere verena verenice vergie vergil
verian verity verl verla verlaine verle verlee verlene verlie verlin verlinda verline verlon verlyn verma
vermell vern verna vernal vernard verne verneda vernell vernelle verner vernessa vernetta vernette vernia
vernice vernie vernita vernon vero veron verona veronica veronicka veronika veronique versa versace versavia
versie verta vertie vertis veryl vesa veselin veselinov veselinova vesna vesper vessie vesta vester veta veva
veya veyda veysel veza vi via viaan viacheslavovic viacheslavovna vian viana vianca vianey viann vianna vianne
vianney viara vibeke vibha vic vica vicco vicent vicenta vicente vicenzo vicie vick vickey vicki vickie
vicktoria vicky vico victoire victor victori victoria victoriano victorine victorio victorovic victorovna
victory victorya vida vidal vidar videl videll vidette vidushi vidya vien vienna vienne viera vieri viet
vietta viggo vigo vihaan vihan vihas vijay vika vikas viki vikki viko vikram viktor viktoria viktoriia
viktorija viktorivna viktoriya viktorov viktorova viktorovic viktorovna viktorya viky vila vilas vilda vildan
vilde vilem vilhelm vilhelmiina vilho vili viliami vilija vilja viljo villa ville villem vilma vilmos vin vina
vinal vinay vinaya vince vincent vincente vincenz vincenza vincenzo vine vineta vinh vinicio vinicius vinita
vinko vinn vinnie vinny vinson vinton vinz vinzent vinzenz vio viola violaine violet violeta violett violetta
violette viona viorel vir vira viraj virdie virgel virgia virgie virgil virgilia virgilio virgina virginia
virginie virgle viridiana virlan virtue vishal vishnu vishva vishwak vismaya vita vitali vitalia vitalievic
vitalievna vitalii vitaliivna vitalina vitaliyivna vitaly vitani vitas vito vitor vitoria vitorio vittoria
vittorio vitus viva vivaan vivan vivek vivi vivia vivian viviana viviane vivianna vivianne viviano vivica
vivien vivienna vivienne vivion viya viyaan viyan viyana vizhdanie vlad vlada vladik vladimir vladimirov
vladimirova vladimirovic vladimirovna vladislav vladislava vladislavovic vladyslav vladyslavovic vlasta vlera
vlora vo vojtech vola volkan volker volkmar volney volodimirivna volodimirovic volodymyrivna volodymyrovic von
vona voncile voncille vonda vonetta vong vonna vonnie vornamen vroni vsevolod vu vuk vukadin vukan vukasin
vuong vy vyacheslav vyacheslavovna vyktoria vyom waddell wade wadee wadie wadim wael wafa wafaa wafi wagner
wah wahab wahaj wahid wahida wai wairimu waithera wajiha wakinyan wala walaa walace walat walburga waldemar
walden waldo waldon waled waleed walentina waleria waleska wali walia walid walker wallace walli wallis wally
walt walter walther walton waltraud waltraut wambui wan wana wanda wander wandji wandy waneta wanetta wang
wangari wangui wania wanita wanja wanjiku wanjiru wanna wanya ward warda wardah wardell waris warner warren
warrick warwara waseem wash washington wasif wasil wasilisa wasim wassily wassim watan wateen watien watin
watson wauneta waunita wava wave waverly wayan wayde waylan wayland waylen waylon waylynn wayman waymon
waymond wayne waynette wealth weaver webb weber webster weda wedad wednesday wei weiland welat welda weldon
wella wellington wells welton wen wenda wendall wende wendee wendel wendelin wendell wendi wendie wendla
wendolyn wendula wendy wenke wenona wenonah wenxin wenzel wera werner weronika wes wesam weslee wesley weslie
wesly wessam wesson west westen westin westley westly weston westyn wetzel weyda weylin weyman wheeler whisper
whit whitlee whitley whitman whitnee whitney whittney wiam widad widar wido wiebke wieland wika wiktor
wiktoria wil wilber wilbern wilbert wilberto wilbur wilburn wilburt wilco wilda wilde wilder wiley wilford
wilfred wilfredo wilfrid wilfried wilhelm wilhelmena wilhelmenia wilhelmina wilhelmine wilhemina wiliam wilian
wilken wilkie wilkin wilko will willa willabelle willadean willaim willam willard wille willem willemina
willena willene willetta willette willfried willhelm willi willia william williams williamson willian williard
willibald willie williemae willis willma willo willodean willoughby willow wills willy wilm wilma wilmar
wilmer wilmina wilna wilson wilton wim win wincent wincenty winda windell windsor windy winfield winford
winfred winfried wing winifred winja winn winne winner winni winnie winniefred winnifred winny winola winona
winslow winsome winson winsten winston winta winter winthrop winton wiona wisam wisdom wise wissam witali
withold wito witold witten wladimir wladislav wladislaw wladyslaw wm wodan wojciech wojtek wolf wolfgang
wolfram wolke won wonda wong woo woodford woodie woodroe woodrow woodson woody worley worth wotan wowa wray
wren wright wrigley wu wulf wulfric wunna wyatt wyeth wylder wylene wylie wylma wyman wyn wynell wynelle
wynema wynette wynn wynne wynona wynter wynton wyona xabi xabier xaiden xaiver xamara xan xana xander xandria
xanim xanthia xanti xareni xaria xaver xavi xavia xavian xaviar xavien xavier xaviera xavion xavior xayah
xayden xen xena xenia xenja xenya xerxes xezal xi xia xian xiang xiao xiaoou xiaoxi xiara ximena xin xing
xinran xinyan xinyi xinyu xiomara xiomary xitlali xitlaly xiu xiya xiyue xochi xochil xochilt xochitl xoe xoel
xolani xophia xu xuan xue xuri xyla xzander xzavier xzavion ya yaa yaacov yaakov yaara yabsera yabsira yacin
yacine yacob yacoub yacouba yad yade yadel yadhira yadiel yadier yadin yadira yae yael yaeli yaelle yafa yafes
yafet yaffa yafi yagiz yagmur yago yahaira yahav yahel yahia yahir yahli yahvi yahya yahye yailin yaima yair
yaire yaisa yaiza yajaira yakamoz yakari yakelin yakira yakob yakoub yakov yaku yakub yakup yalanda yalchin
yalda yale yali yalia yalina yalitza yalonda yam yama yamaan yamac yamal yaman yamato yameen yamen yamil
yamila yamile yamilet yamileth yamilette yamilex yamin yamina yaminah yamir yamira yamna yamuna yamur yan yana
yanai yanal yanara yanay yancey yancy yande yandel yandell yanel yaneli yanelis yanelle yanelly yanely yanes
yanet yaneth yang yani yanic yanick yanik yanika yanil yanina yanira yanis yanisa yanitza yaniv yanko yankov
yankova yann yanna yannah yannai yannek yannes yanni yannic yannick yannie yannik yannis yano yanxi yao yaprak
yaqeen yaqoob yaqub yaquelin yar yara yarah yarden yared yarel yareli yarelis yarely yaren yareni yareth
yaretzi yaretzy yari yariel yarin yaris yarisa yaritza yaro yaron yaroslav yaroslava yaroslavovna yasa yasamin
yasan yasar yascha yaseen yasemin yasen yaser yash yasha yashar yashica yashika yashoda yasien yasiin yasim
yasin yasina yasir yaslin yasma yasmeen yasmen yasmien yasmin yasmina yasmine yasna yassen yasser yassin
yassine yassir yassmin yassmine yasuo yates yatzil yatziri yavi yavor yavuz yaw yaya yayden yayoi yaz yazan
yazdan yazeed yazen yazhini yazid yazin yazmin yazmine yazn ye yeboah yecenia yechezkel yechiel yedda yedidya
yee yefim yegane yehia yehorovna yehoshua yehuda yehudah yehudis yehya yeiden yeimi yejun yekta yelani yelda
yelena yelina yelissa yelitza yeliz yella yemaya yemi yen yena yener yeng yenifer yentl yer yeray yerik yero
yesenia yeshaya yeshi yeshua yesica yesim yessenia yessica yessin yeter yetta yetunde yeva yevette yewande
yezen ygnacio yi yi-chen yian yianni yiannis yichen yicheng yida yides yifan yifei yigit yigitcan yigithan
yihan yildiz yilin yilmaz yin yina ying yining yinuo yiqing yiran yisel yishan yisrael yisroel yitong yitty
yitzchak yitzchok yitzhak yixin yixuan yiyan yiyang yiyi ylan ylenia yll ylli yllza ylva ylvi ylvie yma ynes
ynhi yo yoab yoali yoan yoana yoandry yoani yoann yoanna yoav yobani yocelin yocelyn yocheved yoda yoel yohaan
yohan yohana yohann yohanna yohannes yohel yoki yoko yola yolaine yolanda yolande yolander yolandi yolando
yolanta yoldas yoleen yolonda yomna yona yonah yonas yonatan yonathan yonca yone yones yong yoni yonina
yonkova yonna yoon yoona yoram yorck yordan yordanka yordanov yordanova yordi yori yorick yorik yorin york
yorrick yosbel yosef yoselin yoseline yoselyn yoseph yoshi yoshiaki yoshie yoshiki yoshiko yoshimi yoshino
yoshio yoshua yosief yosif yosra yossef yossi yostina yosua yosuf yotam you youcef youlanda youna younas
younes youness young younis younus youri yousaf yousef yousif yousof yousra youssef youssif youssof youssouf
youssra youssuf youstina yousuf yovan yovani yovanni yovany yrsa ysabel ysabella ysidro yu yu-jin yu-mi yu-na
yuan yuba yubin yucel yuchen yucheng yudi yudit yue yuepeng yuexi yufei yug yuga yugo yuhan yuheng yui yuji
yujin yuka yuki yukie yukiko yukina yukio yuko yuksel yuktha yul yulanda yule yuleisy yuli yulia yulian
yuliana yulianna yulianov yulianova yulien yulisa yulissa yuliya yuliyan yuliyanov yuliyanova yuliza yulonda
yuma yume yumer yumi yumika yumiko yumin yumna yun yuna yunay yunes yuni yunis yuno yunuen yunuo yunus yura
yurem yuri yuridia yurievna yuriiovych yuriivna yurij yurik yuriko yuritzi yuriy yury yusa yusef yusein
yuseinov yuseinova yusha yusif yusof yusra yusrah yussef yussuf yusuf yusuke yuta yutian yuto yutong yuuki
yuuna yuuta yuval yuvan yuvansh yuven yuvi yuvraj yuxi yuxin yuya yuzarsif yuzu yuzuki yva yvain yvaine yvan
yvana yvanna yve yveline yven yves yvette yvi yvon yvonna yvonne zaahir zaara zabdiel zabel zabrina zac
zacaria zacarias zacary zaccariah zacchaeus zach zachari zacharia zachariah zacharias zacharie zachary
zacheriah zachery zacheu zachory zachry zack zackariah zackary zackery zada zade zaden zadia zadie zadok zafar
zafer zafir zafira zafirah zaha zahar zahara zaharia zahava zaher zahia zahid zahida zahide zahier zahin zahir
zahira zahit zahlee zahli zahra zahraa zahrah zahria zahro zaia zaiah zaid zaida zaidan zaiden zaidyn zaila
zailey zaim zain zaina zainab zainaldeen zaine zaineb zaira zaire zaiya zajko zak zakai zakari zakaria
zakariah zakarias zakariya zakariyya zakary zakarya zakee zakery zakhar zaki zakia zakiah zakir zakiya zakiyah
zakiyyah zakkai zakkary zaklina zala zalie zalina zaliyah zalla zalman zalmen zam zaman zamar zamari zamaria
zamarion zamin zamina zamir zamira zamiya zamiyah zamora zamuel zamya zamzam zan zana zanab zanaya zander
zandra zandria zane zaneta zania zaniah zanita zaniya zaniyah zanna zanya zao zaphira zaquan zara zarah zarai
zaran zareena zarek zari zaria zariah zarif zarifa zarife zarin zarina zarish zariya zariyah zarko zarria
zarwa zaryab zaryah zaryan zaur zavanah zaven zavi zavian zavien zavier zavion zaviyar zawadi zaya zayaan
zayah zayan zayd zayda zaydah zayde zayden zayed zayir zayla zaylee zaylen zaylie zaylin zayn zayna zaynab
zaynah zayne zayneb zayon zayra zayvion zayyan zazie zazil zazou zbigniew zdenka ze zea zeb zebadiah zebedee
zebediah zebulon zebulun zecharia zechariah zeda zedekiah zederick zeenat zeeshan zeev zef zehira zehra
zehranur zeid zein zeina zeinab zeinabou zeinah zeineb zejd zejna zejneb zekai zekarias zeke zekeriya
zekeriyya zeki zela zelal zelda zelena zelia zelie zelig zeliha zelina zelinda zeljko zell zella zelma zelpha
zema zemira zemzem zen zena zenaida zenan zendaya zendayah zenel zenia zeno zenobia zenon zeo zeola zeon zeph
zephan zephania zephaniah zephyr zeppelin zera zerda zeren zerin zerina zero zerrin zerya zeryam zeta zeth
zetta zettie zeus zev zeven zeyd zeyla zeyn zeyna zeynab zeynap zeyneb zeynel zeynep zhana zhane zhang zhanna
zhao zharia zhavia zhe zhen zheng zhi zhian zhivka zhivkov zhivkova zhiyuan zhu zhulieta zhuri zi zia ziad
ziah zian ziana zianne zico zida zidan zidane zien ziggy zigmund zihan zihao zihni zijad zijun zikomo zikora
zikra zila zilan zildjian zilin zilpha zimal zimo zin zina zinab zinaida zinar zinat zine zineb zinedin
zinedine zinnia zino zion ziona zionna zipora zipporah ziqi zirui zirwa zisan zissy zita zitlaly ziv ziva
zivan zivorad zixi zixin zixuan ziya ziyad ziyah ziyang ziyi ziyon ziyu ziyue ziyun ziza zlata zlatan zlatka
zlatko zlatkov zlatkova zoa zoanne zobia zoe zoee zoei zoel zoela zoelie zoelle zoey zoey-sophie zoeya zofia
zofie zoha zohair zohal zohan zohar zohra zohre zoi zoia zoie zoila zoja zola zolah zoli zollie zoltan zona
zong zooey zora zoraida zoraiz zoran zorana zoraver zoraya zori zoriah zorica zorina zorka zorya zosia zoua
zouhair zowie zoya zozan zsa zsazsa zsofia zsolt zsuzsa zubaida zubair zubayr zuber zubeyde zubeyr zubin
zuhair zuhal zuhayr zuhra zuhre zuko zula zulaikha zulal zuleika zuleikha zuleima zulema zuleyha zuleyka
zuleyma zulfikar zulfiye zuli zulia zully zulma zulqarnain zuma zumra zumranur zumrut zunairah zura zuri zuria
zuriel zury zuwena zuza zuzana zuzanna zuzu zvi zya zyad zyair zyaire zyan zyana zyanna zyanya zyasia zygmunt
zyion zykeria zyla zylah zyler zymir zyon zyra
`;
