#!/usr/bin/env bash
# One agreed matter from dispatch to closure through the HTTP API, as in README. Needs `npm start` running
# (with its demo accounts). Usage: bash scripts/walkthrough.sh [API base URL, default http://127.0.0.1:3000]
set -euo pipefail
API=${1:-http://127.0.0.1:3000}/api
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);console.log(process.argv.slice(1).map(k=>k.split(".").reduce((v,p)=>v?.[p],o)).join(" "))})' "$@"; }
login() { curl -sf -H 'Content-Type: application/json' "$API/auth/login" -d "{\"username\":\"$1\",\"password\":\"Demo-Password-2026\"}" | json accessToken; }
CT=(-H 'Content-Type: application/json')
OFFICE=(-H "Authorization: Bearer $(login demo.director)")
JUSTICE=(-H "Authorization: Bearer $(login demo.justice.leader)")
FINANCE=(-H "Authorization: Bearer $(login demo.finance.liaison)")
LEADER=(-H "Authorization: Bearer $(login demo.convener)")
CODE="DEMO-$(date +%s)"

echo "1. the office dispatches matter $CODE to the Justice Bureau (lead) and the Finance Bureau (co-unit)"
ID=$(curl -sf "${OFFICE[@]}" "${CT[@]}" -H "Idempotency-Key: create-$CODE" "$API/matters" -d "{
  \"code\": \"$CODE\", \"title\": \"开展知识产权普法宣传\", \"description\": \"结合“4·26”开展普法宣传\",
  \"leadUnitCode\": \"justice\", \"coUnitCodes\": [\"finance\"], \"dueDate\": \"2026-12-31\" }" | json id)
echo "   matter id $ID"
echo "2. both units acknowledge (签收)"
curl -sf -X POST "${JUSTICE[@]}" "$API/matters/$ID/acknowledge" | json matter.assignments.0.status
curl -sf -X POST "${FINANCE[@]}" "$API/matters/$ID/acknowledge" | json matter.assignments.1.status
echo "3. the lead unit reports progress (进展报告); the convener gives an instruction (批示)"
curl -sf "${JUSTICE[@]}" "${CT[@]}" "$API/matters/$ID/progress" -d '{"text":"已制定宣传方案","percent":50}' | json matter.assignments.0.percent
curl -sf "${LEADER[@]}" "${CT[@]}" "$API/matters/$ID/instructions" -d '{"text":"请结合宣传周一并推进"}' | json appended.0.type
echo "4. the co-unit hands over its contribution"
curl -sf "${FINANCE[@]}" "${CT[@]}" "$API/matters/$ID/contribution" -d '{"text":"已安排宣传经费","evidence":[]}' | json matter.assignments.1.status
echo "5. the lead unit reports completion (办结报告)"
curl -sf "${JUSTICE[@]}" "${CT[@]}" "$API/matters/$ID/completion" -d '{"summary":"宣传活动已完成","evidence":[{"title":"活动总结.pdf"}]}' | json matter.status
echo "6. the office returns it for rework (退回整改)"
curl -sf "${OFFICE[@]}" "${CT[@]}" "$API/matters/$ID/return" -d '{"reason":"请补充活动照片"}' | json matter.status matter.assignments.0.status
echo "7. the lead unit resubmits; the office verifies and closes it (办结/销号)"
curl -sf "${JUSTICE[@]}" "${CT[@]}" "$API/matters/$ID/completion" -d '{"summary":"已补充照片","evidence":[{"title":"照片.zip"}]}' | json matter.status
curl -sf "${OFFICE[@]}" "${CT[@]}" "$API/matters/$ID/verify" -d '{"comment":"同意销号"}' | json matter.status matter.closedAt
echo "8. a further command is refused"
curl -s "${OFFICE[@]}" "${CT[@]}" "$API/matters/$ID/cancel" -d '{"reason":"x"}'; echo
echo "9. the timeline"
curl -sf "${OFFICE[@]}" "$API/matters/$ID" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>JSON.parse(s).events.forEach(e=>console.log(`   ${e.seq} ${e.type} by ${e.actorUserId}${e.reason?` (${e.reason})`:""}`)))'
