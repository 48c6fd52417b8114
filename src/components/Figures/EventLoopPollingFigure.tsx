/**
 * Python AsyncIO, figure 3: the event loop polls its task list, runs the tasks
 * that are ready up to their next await, and starts over.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { Arrow, Box, EventLoop, FigureFrame, Label, regionClass } from './parts';

const NAME = 'event-loop-polling';

export default function EventLoopPollingFigure(): ReactNode {
  const rows = [
    {
      state: translate({
        id: 'figure.eventLoopPolling.io',
        message: 'waiting for I/O',
        description: 'Task state',
      }),
    },
    {
      state: translate({
        id: 'figure.eventLoopPolling.ready',
        message: 'ready: run it now',
        description: 'Task state of the task the loop runs',
      }),
      active: true,
    },
    {
      state: translate({
        id: 'figure.eventLoopPolling.timer',
        message: 'waiting for a timer',
        description: 'Task state (e.g. asyncio.sleep)',
      }),
    },
    { state: translate({ id: 'figure.eventLoopPolling.done', message: 'done', description: 'Task state' }) },
  ];
  const steps = [
    translate({
      id: 'figure.eventLoopPolling.step1',
      message: '1. Check each task: can it go on?',
      description: 'First step of the loop',
    }),
    translate({
      id: 'figure.eventLoopPolling.step2',
      message: '2. Run the ready ones to their next await',
      description: 'Second step of the loop',
    }),
    translate({
      id: 'figure.eventLoopPolling.step3',
      message: '3. Start over',
      description: 'Third step of the loop',
    }),
  ];
  return (
    <FigureFrame
      name={NAME}
      width={640}
      height={256}
      label={translate({
        id: 'figure.eventLoopPolling.label',
        message:
          'Diagram: the event loop goes over its task list again and again. Task 1 waits for I/O, task 2 is ready and runs, task 3 waits for a timer, task 4 is done.',
        description: 'Screen-reader description of the polling diagram',
      })}
      caption={translate({
        id: 'figure.eventLoopPolling.caption',
        message: 'The event loop polls its task list',
        description: 'Caption of the polling diagram',
      })}
    >
      <EventLoop
        figure={NAME}
        cx={130}
        cy={92}
        r={52}
        label={translate({
          id: 'figure.eventLoopPolling.loop',
          message: 'Event loop',
          description: 'The event loop',
        })}
      />
      {steps.map((step, i) => (
        <Label key={step} x={16} y={194 + i * 22} anchor="start" small>
          {step}
        </Label>
      ))}
      <Arrow figure={NAME} d="M 206 72 L 298 72" />
      <Label x={252} y={60} small>
        {translate({
          id: 'figure.eventLoopPolling.poll',
          message: 'poll',
          description: 'Arrow from loop to list',
        })}
      </Label>
      <Arrow figure={NAME} d="M 298 124 L 206 124" active />
      <Label x={252} y={112} small>
        {translate({
          id: 'figure.eventLoopPolling.run',
          message: 'run',
          description: 'Arrow from list to loop',
        })}
      </Label>
      <rect x={302} y={10} width={328} height={236} rx={12} className={regionClass} />
      <Label x={318} y={32} anchor="start" strong>
        {translate({
          id: 'figure.eventLoopPolling.list',
          message: 'Task list',
          description: 'The list of tasks',
        })}
      </Label>
      {rows.map(({ state, active }, i) => (
        <g key={state}>
          <Box x={316} y={52 + i * 47} width={300} height={38} active={active} />
          <Label x={330} y={71 + i * 47} anchor="start" strong>
            {translate(
              {
                id: 'figure.eventLoopPolling.task',
                message: 'Task {n}',
                description: 'A row of the task list',
              },
              { n: String(i + 1) },
            )}
          </Label>
          <Label x={602} y={71 + i * 47} anchor="end" small>
            {state}
          </Label>
        </g>
      ))}
    </FigureFrame>
  );
}
