// Shared by every piece of health content (tips, exercises, guidance, red-flag check), so each
// item can show "Source: …" with a link. Names are what users see after "Source:".
// Pages that were read through a copy still link the primary page; studies without a stable
// page link their DOI.

export interface Source {
  name: string;
  url: string;
}

export const SOURCES = {
  // Self-care, prevention and breaks
  nhsBackPain: { name: 'NHS', url: 'https://www.nhs.uk/conditions/back-pain/' },
  nhsInformBackProblems: {
    name: 'NHS inform',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/self-management-advice/back-problems/',
  },
  nhsInformExercises: {
    name: 'NHS inform',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/',
  },
  hseBreaks: { name: 'HSE', url: 'https://www.hse.gov.uk/contact/faqs/vdubreaks.htm' },
  niceNg59: { name: 'NICE', url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations' },
  whoSedentary: { name: 'WHO', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7719906' },
  whoLowBackPain: { name: 'WHO', url: 'https://www.ncbi.nlm.nih.gov/books/NBK599210/' },
  cochraneBedRest: {
    name: 'Cochrane',
    url: 'https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD007612.pub2/full',
  },
  thorp2014: { name: 'Thorp et al., 2014', url: 'https://oem.bmj.com/content/71/11/765' },
  dunstan2012: { name: 'Dunstan et al., 2012', url: 'https://doi.org/10.2337/dc11-1931' },
  henson2016: { name: 'Henson et al., 2016', url: 'https://doi.org/10.2337/dc15-1240' },
  steffens2016: {
    name: 'Steffens et al., 2016',
    url: 'https://doi.org/10.1001/jamainternmed.2015.7431',
  },
  osullivan2020: {
    name: "O'Sullivan et al., 2020",
    url: 'https://doi.org/10.1136/bjsports-2019-101611',
  },
  // The Lancet low back pain series, 2018: what causes back pain, and how few cases are serious.
  hartvigsen2018: {
    name: 'Hartvigsen et al., 2018',
    url: 'https://doi.org/10.1016/S0140-6736(18)30480-X',
  },
  // Treatments: the evidence for muscle relaxants and for spinal manipulation.
  cashin2021: { name: 'Cashin et al., 2021', url: 'https://doi.org/10.1136/bmj.n1446' },
  rubinstein2019: {
    name: 'Rubinstein et al., 2019',
    url: 'https://doi.org/10.1136/bmj.l689',
  },

  // Desk exercises
  mayoSittingStretches: {
    name: 'Mayo Clinic',
    url: 'https://communityhealth.mayoclinic.org/featured-stories/sitting-stretches',
  },
  mayoLowerBackStretches: {
    name: 'Mayo Clinic',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/adult-health/multimedia/lower-back-stretches/vid-20084700',
  },
  newcastleBodyCheck: {
    name: 'Newcastle Hospitals NHS',
    url: 'https://newcastle-hospitals.nhs.uk/services/newcastle-occupational-health-service/physiotherapy/1-minute-body-check',
  },
  stanfordEhs: {
    name: 'Stanford EHS',
    url: 'https://ehs.stanford.edu/topic/ergonomics/exercises-and-stretches',
  },
  // The chest opener, seated twist and standing thigh stretch were read through a copy of the
  // CSP's advice; this is the CSP's own exercise library, where its public advice lives.
  cspExercises: {
    name: 'Chartered Society of Physiotherapy',
    url: 'https://www.csp.org.uk/public-patient/rehabilitation-exercises',
  },

  // Red flags and when to get help
  mayoBackPain: {
    name: 'Mayo Clinic',
    url: 'https://www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906',
  },
  nhsLothianRedFlags: {
    name: 'NHS Lothian',
    url: 'https://apps.nhslothian.scot/refhelp/guidelines/musculoskeletalphysiotherapy/lumbarspine/serious-lumbar-spine-conditions-red-flags',
  },
  cornwallLowBackPain: {
    name: 'NHS Cornwall',
    url: 'https://rms.cornwall.nhs.uk/primary_care_clinical_referral_criteria/spinal_neurosurgery/adult_low_back_pain_guidelines',
  },
  gloucestershireLowBackPain: {
    name: 'NHS Gloucestershire',
    url: 'https://g-care.glos.nhs.uk/pathway/71/resource/3',
  },
  nhsCaudaEquina: {
    name: 'NHS',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
  nhsAorticAneurysm: {
    name: 'NHS',
    url: 'https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/',
  },
  niceCksLowBackPain: {
    name: 'NICE CKS',
    url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
  },
  verhagen2016: {
    name: 'Verhagen et al., 2016',
    url: 'https://link.springer.com/article/10.1007/s00586-016-4684-0',
  },
  cochraneRedFlags2023: {
    name: 'Cochrane',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10631455',
  },
  cochraneHeat: {
    name: 'Cochrane',
    url: 'https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004750.pub2/full',
  },
  acp2017: {
    name: 'American College of Physicians',
    url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
  },
  slater2019: {
    name: 'Slater et al., 2019',
    url: 'https://doi.org/10.2519/jospt.2019.0610',
  },
} satisfies Record<string, Source>;
