/**
 * Given names, by the gender the press usually gives them (for "he"/"she" agreement). A
 * capitalised sequence that starts with one of these is a person. Not exhaustive: titles,
 * honorifics, apposition and speech verbs find the others.
 */
const male = `
Aaron Abdul Abdullah Adam Adrian Ahmed Akira Alan Albert Alberto Alejandro Aleksandr Aleksei Alex
Alexander Alexandre Alexei Alexey Ali Alistair Amir Anatoly Andre Andrea Andreas Andrei Andrew Andrey
Andy Angelo Anthony Antoine Anton Antonio Arnold Arthur Artem Barack Ben Benjamin Bernard Bernie Bill
Bob Boris Brad Brandon Brian Bruce Bruno Bryan Carl Carlos Charles Charlie Chris Christian Christopher
Chuck Claude Colin Craig Dan Daniel Dave David Dean Denis Dennis Dick Dmitri Dmitry Donald Doug Douglas
Duncan Dwight Ed Eddie Edward Emmanuel Eric Erik Evan Evgeny Fernando Francis Francisco Frank Franz
Fred Frederick Gary Gennady George Georgy Gerald Gerhard Glenn Gordon Greg Gregory Guy Hans Harold Harry
Heinz Henri Henry Herbert Hideki Hiroshi Hiroyuki Howard Hugh Hugo Hussein Ian Igor Ilya Isaac Ivan Jack
Jacob Jacques Jake James Jamie Jason Javier Jay Jean Jeff Jeffrey Jeremy Jerome Jerry Jim Jimmy Joe Joel
Johan John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Julian Jun Junichiro Justin Karl Keith
Ken Kenji Kenneth Kevin Kim Koichi Konstantin Kurt Larry Lars Lawrence Lee Leo Leon Leonid Lou Louis Luc
Luca Lucas Luis Luke Marc Marco Mario Mark Martin Masahiro Mathieu Matt Matthew Max Maxim Michael Michel
Miguel Mike Mikhail Mitch Mohamed Mohammad Mohammed Muhammad Nathan Neil Nicholas Nick Nicolas Nikita
Nikolai Nikolay Noah Norman Oleg Oliver Omar Oscar Osamu Pablo Patrick Paul Pavel Pedro Pete Peter
Philip Philippe Pierre Pyotr Rafael Ralph Ramon Randy Ray Raymond Reza Richard Rick Rob Robert Roberto
Rodrigo Roger Roman Ron Ronald Ross Roy Rudy Russell Ryan Ryo Sam Samuel Satoshi Scott Sean Sebastian
Sergei Sergey Shinzo Shigeru Simon Stanislav Stefan Stephen Steve Steven Stuart Sven Takashi Taro
Ted Terry Thomas Tim Timothy Todd Tom Tony Toshihiro Tyler Valentin Valery Vasily Victor Viktor
Vincent Vitaly Vladimir Vladislav Walter Wayne Werner Will William Wolfgang Xavier Yasuo Yevgeny Yoshihide
Yoshihiro Yoshio Yuri Yury Zach Zachary Mitt Rex Rudolph Sherrod Warren Hank Chuck Newt Marco Rand
Recep Emmanuel Narendra Imran Drew Devin Kyle Kevin Sean Shane Brett Chad Cody Dustin Derek Jared Jesse
Jordan Kurt Lance Marcus Nathaniel Neil Phil Ricky Seth Shawn Spencer Travis Trevor Wade Wesley Mario
Giuseppe Luigi Hamid Hassan Hossein Karim Khalid Mahmoud Mustafa Tariq Yusuf Jin-woo Vikram Rahul Raj
Sanjay Arjun Anil Amit Ashok Rajesh Suresh Felipe Diego Manuel Enrique Ricardo Sergio Hugo Jens Nils Moon Shinjiro Taro Fumio Yoshimasa Sergey Nikolai Dmitriy Maxim Ramzan
`;

const female = `
Abby Ada Agnes Aiko Alexandra Alice Alicia Alison Amanda Amelia Amy Ana Anastasia Andrea Angela Angelina
Ann Anna Anne Annie Ashley Barbara Betty Beverly Brenda Carla Carmen Carol Caroline Catherine Cathy
Charlotte Cheryl Christina Christine Claire Claudia Cynthia Daria Deborah Debra Diana Diane Donna Doris
Elena Elizabeth Ella Ellen Emily Emma Erin Eva Evelyn Hillary Fiona Frances Gloria Grace Hannah Heather
Helen Helena Hilary Irina Isabel Jacqueline Jane Janet Janice Jean Jennifer Jessica Jill Joan Joanna
Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathryn Katie Kelly Kimberly Kristin Laura Lauren
Linda Lisa Liz Lois Louise Lucy Lyudmila Maria Marie Marina Marion Martha Mary Megan Melania Melissa
Michelle Monica Nadia Nancy Natalia Natalie Natalya Nicole Nina Olga Pamela Patricia Paula Rachel Rebecca
Rose Ruth Sally Samantha Sandra Sara Sarah Sharon Shirley Sophie Stephanie Susan Suzanne Svetlana
Tatiana Tatyana Teresa Theresa Tracy Ursula Valentina Valerie Vanessa Victoria Virginia Wendy Yoko
Yulia Yuriko Zoe Gloria Isabel Lydia Mia Ava Chloe Lily Grace Olivia Sophia Isabella Madison Abigail
Brittany Courtney Danielle Heidi Holly Jenna Kayla Kristen Lindsay Meredith Molly Paige Priya Shreya Ananya
Fatima Aisha Leila Yasmin Ingrid Astrid Greta Heike Sabine Ursula Carmen Lucia Sofia Paola Giulia Chiara Theresa Angela Kamala Nikki Nancy Elizabeth Maria Kyung-wha Sanae
`;

const split = (s: string) => s.split(/\s+/).filter(Boolean);

export const MALE_NAMES: ReadonlySet<string> = new Set(split(male));
export const FEMALE_NAMES: ReadonlySet<string> = new Set(split(female));

/**
 * Family names that come first in East Asian names as English news writes them ("Kim Jong Un",
 * "Lee Do-hoon", "Xi Jinping"): a later "Kim" or "Xi" alone refers to the first word.
 */
export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  split(`
Kim Lee Ri Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh
Shin Sin Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Chon Ko Moon Mun Son Bae Baek Paek Heo Ho Nam Noh Roh
Ryu Yang Hyun Ju Ha Kwak Sung Cha Jin Min Byun Choo Chu Do Ban Xi Li Wang Zhang Liu Chen Zhao Huang Zhou
Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Zheng Xie Tang Feng Dong Xiao Cheng Cao Yuan Deng Fu Shen
Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan
Liao Zou Xiong Qin Qian Kong Bai Cui Mao Qiu Gu Hou Shao Meng Long Duan Lei Yin Wen Nguyen Tran Le Pham
Vo Dang Bui Ngo
`),
);

/**
 * Endings that make a lone capitalised word look like a family name ("Topilin told reporters"):
 * Slavic, Armenian, Georgian, Romanian, Turkish, Spanish, Italian, Nordic and Japanese patterns.
 */
export const SURNAME_ENDINGS: RegExp =
  /(?:ov|ova|ev|eva|yev|in|ina|yn|sky|ski|ska|skaya|skiy|enko|chenko|vich|vic|ych|uk|yuk|yan|ian|dze|shvili|escu|oglu|ez|ini|etti|elli|sson|sen|moto|mura|shita|gawa|saki|yama|hara|naka|kawa|uchi)$/;
